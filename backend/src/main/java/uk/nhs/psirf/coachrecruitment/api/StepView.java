package uk.nhs.psirf.coachrecruitment.api;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One step of the pathway as the candidate page shows it: {@code status} is {@code done}, {@code waiting} (the next
 * step, on {@code party}), {@code not-yet} or {@code stopped} (after a withdrawal); a done step carries its fields
 * and who recorded it, when.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record StepView(String step, String title, String party, String status, LocalDate doneOn,
                       String recordedBy, Instant recordedAt, String signedBy, String cohort, LocalDate startsOn,
                       PersonRef person, Boolean technologySupport, Boolean identification, PersonRef lineManager,
                       String lineManagerAllocatedBy) {
}
