package uk.nhs.psirf.candour.api;

import java.time.LocalDate;

public record BankHolidayView(LocalDate date, String title) {
}
