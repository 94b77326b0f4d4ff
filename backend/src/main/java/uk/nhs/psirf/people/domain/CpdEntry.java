package uk.nhs.psirf.people.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** One piece of continuing professional development in incident response (policy §4.1); never changed once added. */
@Entity
@Table(name = "cpd_entry")
public class CpdEntry {
    @Id
    private UUID id;

    @Column(name = "person_id", nullable = false)
    private UUID personId;

    @Column(name = "completed_on", nullable = false)
    private LocalDate completedOn;

    @Column(nullable = false, length = 200)
    private String title;

    @Column(nullable = false, precision = 6, scale = 1)
    private BigDecimal hours;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected CpdEntry() {
    }

    public static CpdEntry add(UUID personId, LocalDate completedOn, String title, BigDecimal hours, Instant at) {
        CpdEntry entry = new CpdEntry();
        entry.id = UUID.randomUUID();
        entry.personId = personId;
        entry.completedOn = completedOn;
        entry.title = title;
        entry.hours = hours;
        entry.createdAt = at;
        return entry;
    }

    public UUID id() {
        return id;
    }

    public UUID personId() {
        return personId;
    }

    public LocalDate completedOn() {
        return completedOn;
    }

    public String title() {
        return title;
    }

    public BigDecimal hours() {
        return hours;
    }
}
