package uk.nhs.psirf.people.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

public record CpdEntryView(UUID id, LocalDate completedOn, String title, BigDecimal hours) {
}
