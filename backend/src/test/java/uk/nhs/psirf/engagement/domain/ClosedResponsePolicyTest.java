package uk.nhs.psirf.engagement.domain;

import org.junit.jupiter.api.Test;
import uk.nhs.psirf.platform.error.FieldErrorCode;
import uk.nhs.psirf.platform.error.ProblemCode;
import uk.nhs.psirf.platform.rules.Verdict;
import uk.nhs.psirf.responses.domain.LearningResponseStatus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** "Once a learning response is closed its engagement record is final: no more contacts or changes." */
class ClosedResponsePolicyTest {
    @Test
    void contacts_on_a_closed_response_are_refused() {
        Verdict verdict = ClosedResponsePolicy.acceptsChanges("LR-2026-0001", LearningResponseStatus.CLOSED);
        assertEquals(ProblemCode.VALIDATION_FAILED, verdict.code());
        assertEquals("responseId", verdict.field());
        assertEquals(FieldErrorCode.RESPONSE_CLOSED, verdict.fieldCode());
        assertEquals("LR-2026-0001 is closed; its engagement record can no longer change", verdict.reason());
        for (LearningResponseStatus open : new LearningResponseStatus[] {LearningResponseStatus.IN_PROGRESS,
                LearningResponseStatus.AWAITING_VERIFICATION, LearningResponseStatus.PAUSED}) {
            assertTrue(ClosedResponsePolicy.acceptsChanges("LR-2026-0001", open).isAllowed(), open.code());
        }
    }
}
