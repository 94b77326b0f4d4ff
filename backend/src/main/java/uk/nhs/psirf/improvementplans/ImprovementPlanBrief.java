package uk.nhs.psirf.improvementplans;

import java.util.UUID;

/** A safety improvement plan as another feature may show it to anyone: its reference and status code. */
public record ImprovementPlanBrief(UUID id, String reference, String status) {
}
