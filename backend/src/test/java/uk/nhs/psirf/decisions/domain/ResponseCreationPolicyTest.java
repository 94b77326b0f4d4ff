package uk.nhs.psirf.decisions.domain;

import org.junit.jupiter.api.Test;
import uk.nhs.psirf.kernel.ResponseType;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** "A decision needs the chair's approval before the response is created." */
class ResponseCreationPolicyTest {

    @Test
    void a_decision_needs_the_chairs_approval_before_the_response_is_created() {
        PanelDecision decision = Decisions.recorded(ResponseType.PSII);
        assertFalse(ResponseCreationPolicy.createsLearningResponse(decision));
        decision.approve(decision.eventIds(), "sub-chris", "Chris Chief-Nurse", "Agreed.", Decisions.AT);
        assertTrue(ResponseCreationPolicy.createsLearningResponse(decision));
    }

    @Test
    void no_further_learning_response_and_referral_create_no_learning_response() {
        for (ResponseType type : new ResponseType[]{ResponseType.NO_FURTHER_LEARNING_RESPONSE, ResponseType.REFERRAL}) {
            PanelDecision decision = Decisions.recorded(type);
            decision.approve(decision.eventIds(), "sub-chris", "Chris Chief-Nurse", null, Decisions.AT);
            assertFalse(ResponseCreationPolicy.createsLearningResponse(decision));
        }
    }

    @Test
    void an_approved_decision_cannot_change() {
        PanelDecision decision = Decisions.recorded(ResponseType.SWARM_HUDDLE);
        decision.approve(decision.eventIds(), "sub-chris", "Chris Chief-Nurse", null, Decisions.AT);
        assertThrows(IllegalStateException.class, () -> decision.revise(decision.eventIds(),
                Decisions.content(ResponseType.PSII), "sub-pat", "Pat", Decisions.AT));
    }
}
