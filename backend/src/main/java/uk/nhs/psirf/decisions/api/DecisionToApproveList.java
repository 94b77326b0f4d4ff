package uk.nhs.psirf.decisions.api;

import java.util.List;

/** The decisions awaiting the caller's approval as the chair of their panel, oldest first. */
public record DecisionToApproveList(List<DecisionToApprove> items) {
}
