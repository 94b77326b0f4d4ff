package uk.nhs.psirf.decisions.domain;

/**
 * Four eyes: the person who recorded a decision, or last revised it, cannot also give the chair's approval of it,
 * even when they hold both the specialist and the Chief Nurse roles or chair the panel.
 */
public final class FourEyesPolicy {
    private FourEyesPolicy() {
    }

    public static boolean mayApprove(PanelDecision decision, String approverSub) {
        return approverSub != null && !approverSub.equals(decision.recordedBySub())
                && !approverSub.equals(decision.lastRevisedBySub());
    }
}
