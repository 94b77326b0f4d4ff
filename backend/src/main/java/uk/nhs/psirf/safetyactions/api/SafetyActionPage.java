package uk.nhs.psirf.safetyactions.api;

import java.util.List;

public record SafetyActionPage(List<SafetyActionSummary> items, int page, int size, long totalItems, int totalPages) {
}
