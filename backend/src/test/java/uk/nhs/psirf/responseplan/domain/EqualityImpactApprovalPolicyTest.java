package uk.nhs.psirf.responseplan.domain;

import org.junit.jupiter.api.Test;
import uk.nhs.psirf.platform.error.FieldErrorCode;
import uk.nhs.psirf.platform.rules.Verdict;
import uk.nhs.psirf.platform.error.ProblemCode;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** "A plan version with a negative equality impact cannot be approved without a full assessment." */
class EqualityImpactApprovalPolicyTest {
    private static final FullAssessment FULL = new FullAssessment("Full EIA of the PSIRP 2026",
            LocalDate.parse("2026-08-20"), "Translated leaflets and interpreters planned for involvement.");

    @Test
    void aPlanVersionWithANegativeEqualityImpactCannotBeApprovedWithoutAFullAssessment() {
        Verdict refused = EqualityImpactApprovalPolicy.allowsApproval(Plans.withOneNegative(null));
        assertEquals(ProblemCode.VALIDATION_FAILED, refused.code());
        assertEquals("equalityImpact.fullAssessment", refused.field());
        assertEquals(FieldErrorCode.FULL_ASSESSMENT_REQUIRED, refused.fieldCode());
        assertEquals("A negative impact was found: record the full Equality Impact Assessment (title, date completed "
                + "and summary) before approval", refused.reason());
        assertTrue(EqualityImpactApprovalPolicy.allowsApproval(Plans.withOneNegative(null)).isRefused());
        assertTrue(EqualityImpactApprovalPolicy.allowsApproval(Plans.withOneNegative(
                new FullAssessment("Title only", null, null))).isRefused());
        assertTrue(EqualityImpactApprovalPolicy.allowsApproval(Plans.withOneNegative(FULL)).isAllowed());
    }

    @Test
    void withoutANegativeImpactNoFullAssessmentIsNeeded() {
        assertTrue(EqualityImpactApprovalPolicy.allowsApproval(Plans.assessment(Impact.POSITIVE, null)).isAllowed());
        assertTrue(EqualityImpactApprovalPolicy.allowsApproval(Plans.assessment(Impact.NO_IMPACT, null)).isAllowed());
        assertTrue(Plans.withOneNegative(null).fullAssessmentRequired());
    }
}
