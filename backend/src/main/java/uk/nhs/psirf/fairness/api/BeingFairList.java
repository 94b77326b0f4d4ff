package uk.nhs.psirf.fairness.api;

import java.util.List;

public record BeingFairList(List<BeingFairSummary> items) {
}
