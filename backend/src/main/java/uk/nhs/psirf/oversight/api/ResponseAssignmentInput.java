package uk.nhs.psirf.oversight.api;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A learning response assigned to a group, with the summary for oversight (redacted before partners read it). */
public record ResponseAssignmentInput(
        @Size(max = 4000, message = "The summary must be 4000 characters or fewer") String summary,
        @NotNull(message = "The version last read is required")
        @Min(value = 0, message = "The version is not valid") Long version) {
}
