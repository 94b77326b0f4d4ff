package uk.nhs.psirf.safetyactions.domain;

import org.junit.jupiter.api.Test;
import uk.nhs.psirf.platform.error.FieldErrorCode;
import uk.nhs.psirf.platform.error.ProblemCode;
import uk.nhs.psirf.platform.rules.Verdict;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Policy §15.1: "we will document, record and review safety action progress": work starts once an action is agreed,
 * and a cancelled action is final.
 */
class ProgressPolicyTest {
    @Test
    void work_on_an_action_starts_only_once_it_is_agreed_and_a_cancelled_action_is_final() {
        Verdict notAgreed = ProgressPolicy.allows(ActionStatus.PROPOSED, ActionStatus.IN_PROGRESS);
        assertEquals(ProblemCode.VALIDATION_FAILED, notAgreed.code());
        assertEquals("status", notAgreed.field());
        assertEquals(FieldErrorCode.NOT_ALLOWED, notAgreed.fieldCode());
        assertEquals("The action must be agreed before work on it starts; it can only be cancelled", notAgreed.reason());
        assertTrue(ProgressPolicy.allows(ActionStatus.PROPOSED, ActionStatus.COMPLETED).isRefused());
        assertTrue(ProgressPolicy.allows(ActionStatus.PROPOSED, ActionStatus.CANCELLED).isAllowed());
        assertTrue(ProgressPolicy.allows(ActionStatus.AGREED, ActionStatus.COMPLETED).isAllowed());
        assertTrue(ProgressPolicy.allows(ActionStatus.IN_PROGRESS, ActionStatus.IN_PROGRESS).isAllowed());
        assertTrue(ProgressPolicy.allows(ActionStatus.COMPLETED, ActionStatus.IN_PROGRESS).isAllowed());
        assertEquals("A completed action cannot become cancelled",
                ProgressPolicy.allows(ActionStatus.COMPLETED, ActionStatus.CANCELLED).reason());
        assertTrue(ProgressPolicy.allows(ActionStatus.CANCELLED, ActionStatus.IN_PROGRESS).isRefused());
        assertTrue(ProgressPolicy.allows(ActionStatus.AGREED, ActionStatus.AGREED).isRefused());
    }

    @Test
    void a_cancelled_action_no_longer_changes_and_only_a_proposed_action_is_agreed() {
        assertTrue(ProgressPolicy.mayChangeDetails("SA-2026-0001", ActionStatus.COMPLETED).isAllowed());
        Verdict cancelled = ProgressPolicy.mayChangeDetails("SA-2026-0001", ActionStatus.CANCELLED);
        assertEquals(ProblemCode.CONFLICT, cancelled.code());
        assertNull(cancelled.field());
        assertEquals("SA-2026-0001 was cancelled; it can no longer change", cancelled.reason());

        assertTrue(ProgressPolicy.mayBeAgreed("SA-2026-0001", ActionStatus.PROPOSED).isAllowed());
        Verdict agreed = ProgressPolicy.mayBeAgreed("SA-2026-0001", ActionStatus.AGREED);
        assertEquals(ProblemCode.CONFLICT, agreed.code());
        assertEquals("SA-2026-0001 is agreed; only a proposed action can be agreed", agreed.reason());
    }
}
