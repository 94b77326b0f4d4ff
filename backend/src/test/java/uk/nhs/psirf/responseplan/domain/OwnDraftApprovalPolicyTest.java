package uk.nhs.psirf.responseplan.domain;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** "A plan version cannot be approved by the person who drafted or last edited it." */
class OwnDraftApprovalPolicyTest {

    @Test
    void aPlanVersionCannotBeApprovedByThePersonWhoDraftedOrLastEditedIt() {
        PlanVersion version = Plans.draft(Plans.period("2031-01-01", "2031-12-31"));
        assertFalse(OwnDraftApprovalPolicy.mayApprove(version, "sub-pat"), "the drafter");
        assertTrue(OwnDraftApprovalPolicy.mayApprove(version, "sub-chris"));

        version.edit(new PlanContent(version.period(), version.reviewDate(), version.priorities(),
                version.equalityImpact()), "sub-chris", "Chris Chief-Nurse", Plans.AT);
        assertFalse(OwnDraftApprovalPolicy.mayApprove(version, "sub-chris"), "the last editor");
        assertFalse(OwnDraftApprovalPolicy.mayApprove(version, "sub-pat"), "still the drafter");
        assertTrue(OwnDraftApprovalPolicy.mayApprove(version, "sub-kate"));
    }
}
