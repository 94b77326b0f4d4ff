package uk.nhs.psirf.investigation.domain;

import uk.nhs.psirf.platform.error.FieldErrorCode;

import uk.nhs.psirf.platform.error.FieldError;
import uk.nhs.psirf.platform.error.ProblemCode;
import uk.nhs.psirf.platform.rules.Verdict;
import uk.nhs.psirf.responses.domain.LearningResponseStatus;

/**
 * Policy §3.2: verifying a PSII rests with the Chief Nurse (or Medical Director, or a delegate); "Once verified, they
 * will ensure ... the review or learning response commences". Nothing of the work starts before: terms of reference,
 * chronology, first-hand accounts, contributory factors, findings, draft sharing, the final report, sign-off and
 * closure wait. Choosing the lead, the engagement lead and the team may happen before (response feature).
 */
public final class VerificationFirstPolicy {
    private VerificationFirstPolicy() {
    }

    /** A 409 naming {@code responseId} while the PSII {@code reference} awaits the Chief Nurse's verification. */
    public static Verdict mayStartWork(String reference, LearningResponseStatus status) {
        return Verdict.allowedIf(status != LearningResponseStatus.AWAITING_VERIFICATION,
                () -> Verdict.refused(ProblemCode.CONFLICT,
                        reference + " has not started: the Chief Nurse has not verified the PSII yet.",
                        new FieldError("responseId", FieldErrorCode.PSII_NOT_VERIFIED,
                                "Work on a PSII starts once the Chief Nurse has verified it")));
    }
}
