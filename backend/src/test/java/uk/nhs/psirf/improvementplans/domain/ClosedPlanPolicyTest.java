package uk.nhs.psirf.improvementplans.domain;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ClosedPlanPolicyTest {
    @Test
    void a_closed_plan_takes_no_more_responses() {
        assertFalse(ClosedPlanPolicy.acceptsChanges(PlanStatus.CLOSED));
        assertTrue(ClosedPlanPolicy.acceptsChanges(PlanStatus.OPEN));
    }
}
