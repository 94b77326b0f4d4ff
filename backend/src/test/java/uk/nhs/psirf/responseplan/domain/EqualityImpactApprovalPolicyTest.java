package uk.nhs.psirf.responseplan.domain;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** "A plan version with a negative equality impact cannot be approved without a full assessment." */
class EqualityImpactApprovalPolicyTest {
    private static final FullAssessment FULL = new FullAssessment("Full EIA of the PSIRP 2026",
            LocalDate.parse("2026-08-20"), "Translated leaflets and interpreters planned for involvement.");

    @Test
    void aPlanVersionWithANegativeEqualityImpactCannotBeApprovedWithoutAFullAssessment() {
        assertFalse(EqualityImpactApprovalPolicy.allowsApproval(Plans.withOneNegative(null)));
        assertFalse(EqualityImpactApprovalPolicy.allowsApproval(Plans.withOneNegative(
                new FullAssessment("Title only", null, null))));
        assertTrue(EqualityImpactApprovalPolicy.allowsApproval(Plans.withOneNegative(FULL)));
    }

    @Test
    void withoutANegativeImpactNoFullAssessmentIsNeeded() {
        assertTrue(EqualityImpactApprovalPolicy.allowsApproval(Plans.assessment(Impact.POSITIVE, null)));
        assertTrue(EqualityImpactApprovalPolicy.allowsApproval(Plans.assessment(Impact.NO_IMPACT, null)));
        assertTrue(Plans.withOneNegative(null).fullAssessmentRequired());
    }
}
