package uk.nhs.psirf.engagement.domain;

import uk.nhs.psirf.responses.domain.LearningResponseStatus;

/** Once a learning response is closed its engagement record is final: no more contacts or changes. */
public final class ClosedResponsePolicy {
    private ClosedResponsePolicy() {
    }

    public static boolean acceptsChanges(LearningResponseStatus responseStatus) {
        return responseStatus != LearningResponseStatus.CLOSED;
    }
}
