package uk.nhs.psirf.improvement.api;

import jakarta.validation.constraints.NotNull;

import java.util.UUID;

public record ImprovementPlanResponseInput(@NotNull(message = "Select a learning response") UUID responseId) {
}
