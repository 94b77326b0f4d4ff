package uk.nhs.psirf.improvementplans.api;

import java.util.List;

public record ImprovementPlanPage(List<ImprovementPlanSummary> items, int page, int size, long totalItems,
                                  int totalPages) {
}
