package uk.nhs.psirf.decisions.domain;

import uk.nhs.psirf.platform.error.FieldErrorCode;
import uk.nhs.psirf.platform.rules.Verdict;

/**
 * Four eyes: the person who recorded a decision, or last revised it, cannot also give the chair's approval of it,
 * even when they hold both the specialist and the Chief Nurse roles or chair the panel.
 */
public final class FourEyesPolicy {
    static final String OWN_DECISION = "You recorded or last changed this decision, so the chair or the Chief Nurse "
            + "must approve it";

    private FourEyesPolicy() {
    }

    public static Verdict mayApprove(PanelDecision decision, String approverSub) {
        return Verdict.allowedIf(approverSub != null && !approverSub.equals(decision.recordedBySub())
                        && !approverSub.equals(decision.lastRevisedBySub()),
                () -> Verdict.invalid("decisionId", FieldErrorCode.OWN_DECISION, OWN_DECISION));
    }
}
