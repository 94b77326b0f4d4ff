package uk.nhs.psirf.safetyactions.domain;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ProgressPolicyTest {
    @Test
    void work_on_an_action_starts_only_once_it_is_agreed_and_a_cancelled_action_is_final() {
        assertFalse(ProgressPolicy.allows(ActionStatus.PROPOSED, ActionStatus.IN_PROGRESS));
        assertFalse(ProgressPolicy.allows(ActionStatus.PROPOSED, ActionStatus.COMPLETED));
        assertTrue(ProgressPolicy.allows(ActionStatus.PROPOSED, ActionStatus.CANCELLED));
        assertTrue(ProgressPolicy.allows(ActionStatus.AGREED, ActionStatus.COMPLETED));
        assertTrue(ProgressPolicy.allows(ActionStatus.IN_PROGRESS, ActionStatus.IN_PROGRESS));
        assertTrue(ProgressPolicy.allows(ActionStatus.COMPLETED, ActionStatus.IN_PROGRESS));
        assertFalse(ProgressPolicy.allows(ActionStatus.COMPLETED, ActionStatus.CANCELLED));
        assertFalse(ProgressPolicy.allows(ActionStatus.CANCELLED, ActionStatus.IN_PROGRESS));
        assertFalse(ProgressPolicy.allows(ActionStatus.AGREED, ActionStatus.AGREED));
    }
}
