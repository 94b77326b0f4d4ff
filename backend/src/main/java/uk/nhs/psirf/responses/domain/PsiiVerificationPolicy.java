package uk.nhs.psirf.responses.domain;

import uk.nhs.psirf.kernel.ResponseType;

/**
 * A PSII starts only once the Chief Nurse (or delegate) has verified it (policy §3.2); the other learning responses
 * start as soon as the chair approves the decision.
 */
public final class PsiiVerificationPolicy {
    private PsiiVerificationPolicy() {
    }

    public static boolean startsOnCreation(ResponseType type) {
        return type != ResponseType.PSII;
    }

    public static boolean mayBeVerified(LearningResponse response) {
        return response.type() == ResponseType.PSII && response.verifiedAt() == null;
    }
}
