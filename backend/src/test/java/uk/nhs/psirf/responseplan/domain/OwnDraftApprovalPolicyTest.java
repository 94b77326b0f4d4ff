package uk.nhs.psirf.responseplan.domain;

import org.junit.jupiter.api.Test;
import uk.nhs.psirf.platform.error.FieldErrorCode;
import uk.nhs.psirf.platform.rules.Verdict;
import uk.nhs.psirf.platform.error.ProblemCode;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** "A plan version cannot be approved by the person who drafted or last edited it." */
class OwnDraftApprovalPolicyTest {

    @Test
    void aPlanVersionCannotBeApprovedByThePersonWhoDraftedOrLastEditedIt() {
        PlanVersion version = Plans.draft(Plans.period("2031-01-01", "2031-12-31"));
        Verdict drafter = OwnDraftApprovalPolicy.mayApprove(version, "sub-pat");
        assertEquals(ProblemCode.VALIDATION_FAILED, drafter.code());
        assertEquals("versionId", drafter.field());
        assertEquals(FieldErrorCode.OWN_DRAFT, drafter.fieldCode());
        assertEquals("You drafted or last edited this version, so someone else must approve it", drafter.reason());
        assertTrue(OwnDraftApprovalPolicy.mayApprove(version, "sub-pat").isRefused(), "the drafter");
        assertTrue(OwnDraftApprovalPolicy.mayApprove(version, "sub-chris").isAllowed());

        version.edit(new PlanContent(version.period(), version.reviewDate(), version.priorities(),
                version.equalityImpact()), Plans.CHRIS);
        assertTrue(OwnDraftApprovalPolicy.mayApprove(version, "sub-chris").isRefused(), "the last editor");
        assertTrue(OwnDraftApprovalPolicy.mayApprove(version, "sub-pat").isRefused(), "still the drafter");
        assertTrue(OwnDraftApprovalPolicy.mayApprove(version, "sub-kate").isAllowed());
    }
}
