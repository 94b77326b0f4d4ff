package uk.nhs.psirf.responseplan.domain;

/** A plan version with a negative equality impact cannot be approved without a full assessment (RAPID tool). */
public final class EqualityImpactApprovalPolicy {
    private EqualityImpactApprovalPolicy() {
    }

    public static boolean allowsApproval(EqualityImpact assessment) {
        return !assessment.fullAssessmentRequired() || assessment.hasFullAssessment();
    }
}
