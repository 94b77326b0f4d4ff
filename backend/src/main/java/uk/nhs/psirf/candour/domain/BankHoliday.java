package uk.nhs.psirf.candour.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.LocalDate;

/** An England and Wales bank holiday; not a working day for the candour deadlines. */
@Entity
@Table(name = "bank_holiday")
public class BankHoliday {
    @Id
    @Column(name = "holiday_date")
    private LocalDate date;

    @Column(nullable = false, length = 200)
    private String title;

    protected BankHoliday() {
    }

    public BankHoliday(LocalDate date, String title) {
        this.date = date;
        this.title = title;
    }

    public LocalDate date() {
        return date;
    }

    public String title() {
        return title;
    }
}
