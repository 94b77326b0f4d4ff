package uk.nhs.psirf.responseplan.domain;

import uk.nhs.psirf.platform.error.FieldErrorCode;
import uk.nhs.psirf.platform.rules.Verdict;

/**
 * Approval is a second pair of eyes: a plan version cannot be approved by the person who drafted it or last edited
 * it, even when they hold both the specialist and the Chief Nurse roles.
 */
public final class OwnDraftApprovalPolicy {
    private OwnDraftApprovalPolicy() {
    }

    public static Verdict mayApprove(PlanVersion version, String approverSub) {
        return Verdict.allowedIf(approverSub != null && !approverSub.equals(version.createdBySub())
                        && !approverSub.equals(version.lastChange().bySub()),
                () -> Verdict.invalid("versionId", FieldErrorCode.OWN_DRAFT,
                        "You drafted or last edited this version, so someone else must approve it"));
    }
}
