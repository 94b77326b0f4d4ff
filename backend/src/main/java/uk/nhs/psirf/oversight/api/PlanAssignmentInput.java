package uk.nhs.psirf.oversight.api;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/** An improvement plan assigned to a group; the group's version last read. */
public record PlanAssignmentInput(
        @NotNull(message = "The version last read is required")
        @Min(value = 0, message = "The version is not valid") Long version) {
}
