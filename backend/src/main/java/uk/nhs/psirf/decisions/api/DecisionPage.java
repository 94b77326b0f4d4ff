package uk.nhs.psirf.decisions.api;

import java.util.List;

public record DecisionPage(List<DecisionView> items, int page, int size, long totalItems, int totalPages) {
}
