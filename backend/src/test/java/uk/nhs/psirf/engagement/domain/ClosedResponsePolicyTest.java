package uk.nhs.psirf.engagement.domain;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ClosedResponsePolicyTest {
    @Test
    void contacts_on_a_closed_response_are_refused() {
        assertFalse(ClosedResponsePolicy.acceptsChanges("closed"));
        assertTrue(ClosedResponsePolicy.acceptsChanges("in-progress"));
        assertTrue(ClosedResponsePolicy.acceptsChanges("awaiting-verification"));
    }
}
