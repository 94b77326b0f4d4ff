package uk.nhs.psirf.responseplan.domain;

/**
 * Approval is a second pair of eyes: a plan version cannot be approved by the person who drafted it or last edited
 * it, even when they hold both the specialist and the Chief Nurse roles.
 */
public final class OwnDraftApprovalPolicy {
    private OwnDraftApprovalPolicy() {
    }

    public static boolean mayApprove(PlanVersion version, String approverSub) {
        return approverSub != null && !approverSub.equals(version.createdBySub())
                && !approverSub.equals(version.lastChange().bySub());
    }
}
