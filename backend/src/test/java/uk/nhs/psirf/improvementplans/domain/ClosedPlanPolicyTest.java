package uk.nhs.psirf.improvementplans.domain;

import org.junit.jupiter.api.Test;
import uk.nhs.psirf.platform.error.FieldErrorCode;
import uk.nhs.psirf.platform.error.ProblemCode;
import uk.nhs.psirf.platform.rules.Verdict;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Policy §16.1: safety improvement plans "bring together findings from learning responses"; once a plan is closed it
 * is the record of what was done, so it takes no more responses or changes until it is reopened.
 */
class ClosedPlanPolicyTest {
    @Test
    void a_closed_plan_takes_no_more_responses() {
        assertFalse(ClosedPlanPolicy.acceptsChanges(PlanStatus.CLOSED));
        assertTrue(ClosedPlanPolicy.acceptsChanges(PlanStatus.OPEN));
        Verdict closed = ClosedPlanPolicy.mayChange("SIP-2026-0001", PlanStatus.CLOSED);
        assertEquals(ProblemCode.CONFLICT, closed.code());
        assertEquals("planId", closed.field());
        assertEquals(FieldErrorCode.PLAN_CLOSED, closed.fieldCode());
        assertEquals("SIP-2026-0001 is closed", closed.reason());
        assertEquals("SIP-2026-0001 is closed; reopen it to change it or gather more into it",
                closed.problem().detail());
        assertTrue(ClosedPlanPolicy.mayChange("SIP-2026-0001", PlanStatus.OPEN).isAllowed());
        assertEquals("SIP-2026-0001 is open.", ClosedPlanPolicy.mayReopen("SIP-2026-0001", PlanStatus.OPEN).reason());
        assertTrue(ClosedPlanPolicy.mayReopen("SIP-2026-0001", PlanStatus.CLOSED).isAllowed());
    }
}
