package uk.nhs.psirf.decisions.domain;

import org.junit.jupiter.api.Test;
import uk.nhs.psirf.kernel.ResponseType;

import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Four eyes: "The person who recorded or last revised a decision cannot give the chair's approval of it." */
class FourEyesPolicyTest {

    @Test
    void the_person_who_recorded_a_decision_cannot_give_the_chairs_approval() {
        PanelDecision decision = Decisions.recorded(ResponseType.PSII);
        assertFalse(FourEyesPolicy.mayApprove(decision, Decisions.RECORDER));
        assertTrue(FourEyesPolicy.mayApprove(decision, "sub-chris"));
        List<UUID> events = decision.eventIds();
        assertThrows(IllegalStateException.class, () -> decision.approve(events, Decisions.RECORDER, "Pat", null,
                Decisions.AT));
        assertEquals(DecisionStatus.AWAITING_CHAIR_APPROVAL, decision.status());
    }

    @Test
    void the_person_who_last_revised_a_decision_cannot_give_the_chairs_approval() {
        PanelDecision decision = Decisions.recorded(ResponseType.PSII);
        decision.revise(decision.eventIds(), Decisions.content(ResponseType.AFTER_ACTION_REVIEW), "sub-chris",
                "Chris Chief-Nurse", Decisions.AT);
        assertFalse(FourEyesPolicy.mayApprove(decision, "sub-chris"));
        assertFalse(FourEyesPolicy.mayApprove(decision, Decisions.RECORDER));
        assertTrue(FourEyesPolicy.mayApprove(decision, "sub-dana"));
    }
}
