package uk.nhs.psirf.incident.api;

import java.util.List;

public record EventPage(List<EventSummary> items, int page, int size, long totalItems, int totalPages) {
}
