package uk.nhs.psirf.action.api;

import java.util.List;

public record SafetyActionPage(List<SafetyActionSummary> items, int page, int size, long totalItems, int totalPages) {
}
