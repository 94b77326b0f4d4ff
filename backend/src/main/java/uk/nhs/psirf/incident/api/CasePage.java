package uk.nhs.psirf.incident.api;

import java.util.List;

public record CasePage(List<CaseSummary> items, int page, int size, long totalItems, int totalPages) {
}
