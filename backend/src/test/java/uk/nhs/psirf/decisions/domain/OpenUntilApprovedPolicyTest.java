package uk.nhs.psirf.decisions.domain;

import org.junit.jupiter.api.Test;
import uk.nhs.psirf.kernel.ResponseType;
import uk.nhs.psirf.platform.error.ProblemCode;
import uk.nhs.psirf.platform.rules.Verdict;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** "All decisions ... will be minuted, approved by the Chair" (policy §12.3): once approved, a decision stays as approved. */
class OpenUntilApprovedPolicyTest {

    @Test
    void a_decision_changes_only_until_the_chair_approves_it() {
        PanelDecision decision = Decisions.recorded(ResponseType.SWARM_HUDDLE);
        assertTrue(OpenUntilApprovedPolicy.mayChange(decision).isAllowed());

        decision.approve(decision.eventIds(), null, Decisions.BY_CHRIS);
        Verdict verdict = OpenUntilApprovedPolicy.mayChange(decision);
        assertEquals(ProblemCode.CONFLICT, verdict.code());
        assertNull(verdict.field());
        assertEquals("This decision is already approved and cannot change.", verdict.reason());
    }
}
