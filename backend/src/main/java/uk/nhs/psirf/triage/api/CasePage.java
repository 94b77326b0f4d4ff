package uk.nhs.psirf.triage.api;

import java.util.List;

public record CasePage(List<CaseSummary> items, int page, int size, long totalItems, int totalPages) {
}
