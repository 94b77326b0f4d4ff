package uk.nhs.psirf.engagement.domain;

import uk.nhs.psirf.platform.error.FieldErrorCode;

import uk.nhs.psirf.platform.rules.Verdict;
import uk.nhs.psirf.responses.domain.LearningResponseStatus;

/** Once a learning response is closed its engagement record is final: no more contacts or changes. */
public final class ClosedResponsePolicy {
    private ClosedResponsePolicy() {
    }

    /** {@code reference} names the response in the refusal, e.g. "LR-2026-0001 is closed". */
    public static Verdict acceptsChanges(String reference, LearningResponseStatus responseStatus) {
        return Verdict.allowedIf(responseStatus != LearningResponseStatus.CLOSED,
                () -> Verdict.invalid("responseId", FieldErrorCode.RESPONSE_CLOSED,
                        reference + " is closed; its engagement record can no longer change"));
    }
}
