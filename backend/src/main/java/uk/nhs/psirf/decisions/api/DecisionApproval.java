package uk.nhs.psirf.decisions.api;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The chair approves the decision last read. */
public record DecisionApproval(
        @NotNull(message = "The version last read is required") @Min(value = 0, message = "The version is not valid") Long version,
        @Size(max = 2000, message = "The comment must be 2000 characters or fewer") String comment) {
}
