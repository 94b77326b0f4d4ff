package uk.nhs.psirf.improvementplans.api;

import jakarta.validation.constraints.NotNull;

import java.util.UUID;

public record ImprovementPlanResponseInput(@NotNull(message = "Select a learning response") UUID responseId) {
}
