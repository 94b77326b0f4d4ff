package uk.nhs.psirf.improvementplans.api;

import java.time.Instant;

public record ImprovementPlanResponseItem(String id, String reference, String responseType, String status,
                                          Instant addedAt) {
}
