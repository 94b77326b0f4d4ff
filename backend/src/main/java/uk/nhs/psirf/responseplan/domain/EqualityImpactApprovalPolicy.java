package uk.nhs.psirf.responseplan.domain;

import uk.nhs.psirf.platform.error.FieldErrorCode;
import uk.nhs.psirf.platform.rules.Verdict;

/** A plan version with a negative equality impact cannot be approved without a full assessment (RAPID tool). */
public final class EqualityImpactApprovalPolicy {
    private EqualityImpactApprovalPolicy() {
    }

    public static Verdict allowsApproval(EqualityImpact assessment) {
        return Verdict.allowedIf(!assessment.fullAssessmentRequired() || assessment.hasFullAssessment(),
                () -> Verdict.invalid("equalityImpact.fullAssessment", FieldErrorCode.FULL_ASSESSMENT_REQUIRED,
                        "A negative impact was found: record the full Equality Impact Assessment (title, date "
                                + "completed and summary) before approval"));
    }
}
