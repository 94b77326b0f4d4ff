package uk.nhs.psirf.people.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/** A programme session a person attended, and the hours it counts for. */
public record AttendedProgramme(UUID programmeId, String programmeTitle, UUID sessionId, LocalDate heldOn,
                                BigDecimal hours) {
}
