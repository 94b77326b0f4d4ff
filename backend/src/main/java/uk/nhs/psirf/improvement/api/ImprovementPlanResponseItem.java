package uk.nhs.psirf.improvement.api;

import java.time.Instant;

public record ImprovementPlanResponseItem(String id, String reference, String responseType, String status,
                                          Instant addedAt) {
}
