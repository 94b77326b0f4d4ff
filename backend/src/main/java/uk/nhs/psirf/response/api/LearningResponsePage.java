package uk.nhs.psirf.response.api;

import java.util.List;

public record LearningResponsePage(List<LearningResponseSummary> items, int page, int size, long totalItems,
                                   int totalPages) {
}
