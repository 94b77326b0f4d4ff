package uk.nhs.psirf.investigation.domain;

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

    public static boolean mayStartWork(LearningResponseStatus status) {
        return status != LearningResponseStatus.AWAITING_VERIFICATION;
    }
}
