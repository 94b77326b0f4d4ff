package uk.nhs.psirf.engagement.domain;

import org.junit.jupiter.api.Test;
import uk.nhs.psirf.responses.domain.LearningResponseStatus;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ClosedResponsePolicyTest {
    @Test
    void contacts_on_a_closed_response_are_refused() {
        assertFalse(ClosedResponsePolicy.acceptsChanges(LearningResponseStatus.CLOSED));
        assertTrue(ClosedResponsePolicy.acceptsChanges(LearningResponseStatus.IN_PROGRESS));
        assertTrue(ClosedResponsePolicy.acceptsChanges(LearningResponseStatus.AWAITING_VERIFICATION));
        assertTrue(ClosedResponsePolicy.acceptsChanges(LearningResponseStatus.PAUSED));
    }
}
