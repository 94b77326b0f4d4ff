package uk.nhs.psirf.improvementplans.api;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

public record ImprovementPlanClosure(
        @NotNull(message = "The version last read is required") @Min(value = 0, message = "The version is not valid") Long version,
        @NotBlank(message = "Enter a closing note") @Size(max = 2000, message = "The closing note must be 2000 characters or fewer") String note) {
}
