package uk.nhs.psirf.responses.domain;

import uk.nhs.psirf.platform.error.FieldErrorCode;

import uk.nhs.psirf.kernel.ResponseType;
import uk.nhs.psirf.platform.rules.Verdict;

/**
 * A PSII starts only once the Chief Nurse (or delegate) has verified it (policy §3.2); the other learning responses
 * start as soon as the chair approves the decision.
 */
public final class PsiiVerificationPolicy {
    private PsiiVerificationPolicy() {
    }

    /** A fact of the response type: every learning response but a PSII starts when it is created. */
    public static boolean startsOnCreation(ResponseType type) {
        return type != ResponseType.PSII;
    }

    public static Verdict mayBeVerified(LearningResponse response) {
        if (response.type() != ResponseType.PSII) {
            return Verdict.invalid("responseId", FieldErrorCode.NOT_PSII, response.reference() + " is a "
                    + response.type().display().toLowerCase() + "; only a PSII is verified");
        }
        return Verdict.allowedIf(response.verifiedAt() == null,
                () -> Verdict.conflict(response.reference() + " is already verified."));
    }
}
