package uk.nhs.psirf.coaches.api;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A supervision session; {@code notes} only for the coach and the advisor who held it, {@code notesWithheld} true
 * when the session has notes the caller may not see.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CoachSupervisionView(String id, LocalDate heldOn, CoachPersonView advisor, String notes,
                                   boolean notesWithheld, LocalDate nextSessionOn, String recordedBy,
                                   Instant recordedAt) {
}
