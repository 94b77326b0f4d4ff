package uk.nhs.psirf.decisions.domain;

import uk.nhs.psirf.platform.rules.Verdict;

/**
 * The panel may change its decision, and the chair approve it, only while it awaits the chair's approval: an approved
 * decision has decided the events and created the response, and stays as approved.
 */
public final class OpenUntilApprovedPolicy {
    private OpenUntilApprovedPolicy() {
    }

    public static Verdict mayChange(PanelDecision decision) {
        return Verdict.allowedIf(decision.status() == DecisionStatus.AWAITING_CHAIR_APPROVAL,
                () -> Verdict.conflict("This decision is already approved and cannot change."));
    }
}
