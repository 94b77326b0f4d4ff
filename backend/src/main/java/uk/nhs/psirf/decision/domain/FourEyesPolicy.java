package uk.nhs.psirf.decision.domain;

/** Four eyes: the person who recorded a decision cannot also give the chair's approval of it. */
public final class FourEyesPolicy {
    private FourEyesPolicy() {
    }

    public static boolean mayApprove(PanelDecision decision, String approverSub) {
        return approverSub != null && !approverSub.equals(decision.recordedBySub());
    }
}
