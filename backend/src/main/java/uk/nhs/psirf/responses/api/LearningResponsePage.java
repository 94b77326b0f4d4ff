package uk.nhs.psirf.responses.api;

import java.util.List;

public record LearningResponsePage(List<LearningResponseSummary> items, int page, int size, long totalItems,
                                   int totalPages) {
}
