package uk.nhs.psirf.beingfair.api;

import java.util.List;

public record BeingFairList(List<BeingFairSummary> items) {
}
