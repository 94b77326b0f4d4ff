package uk.nhs.psirf.reporting.api;

import java.util.List;

public record EventPage(List<EventSummary> items, int page, int size, long totalItems, int totalPages) {
}
