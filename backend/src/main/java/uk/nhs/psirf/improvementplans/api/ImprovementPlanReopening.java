package uk.nhs.psirf.improvementplans.api;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

public record ImprovementPlanReopening(
        @NotNull(message = "The version last read is required") @Min(value = 0, message = "The version is not valid") Long version) {
}
