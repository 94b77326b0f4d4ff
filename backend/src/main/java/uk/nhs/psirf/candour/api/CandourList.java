package uk.nhs.psirf.candour.api;

import java.util.List;

public record CandourList(List<CandourSummary> items) {
}
