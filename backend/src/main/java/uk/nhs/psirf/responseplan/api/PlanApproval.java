package uk.nhs.psirf.responseplan.api;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/** The Chief Nurse approves the version last read. */
public record PlanApproval(
        @NotNull(message = "The version last read is required") @Min(value = 0, message = "The version is not valid") Long version) {
}
