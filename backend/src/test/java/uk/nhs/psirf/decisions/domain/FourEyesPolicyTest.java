package uk.nhs.psirf.decisions.domain;

import org.junit.jupiter.api.Test;
import uk.nhs.psirf.kernel.ResponseType;
import uk.nhs.psirf.platform.error.FieldErrorCode;
import uk.nhs.psirf.platform.error.ProblemCode;
import uk.nhs.psirf.platform.rules.Verdict;
import uk.nhs.psirf.platform.security.Stamp;

import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Four eyes: "The person who recorded or last revised a decision cannot give the chair's approval of it." */
class FourEyesPolicyTest {

    @Test
    void the_person_who_recorded_a_decision_cannot_give_the_chairs_approval() {
        PanelDecision decision = Decisions.recorded(ResponseType.PSII);
        assertOwnDecision(FourEyesPolicy.mayApprove(decision, Decisions.RECORDER));
        assertTrue(FourEyesPolicy.mayApprove(decision, "sub-chris").isAllowed());
        List<UUID> events = decision.eventIds();
        assertThrows(IllegalStateException.class, () -> decision.approve(events, null, Decisions.BY_RECORDER));
        assertEquals(DecisionStatus.AWAITING_CHAIR_APPROVAL, decision.status());
    }

    @Test
    void the_person_who_last_revised_a_decision_cannot_give_the_chairs_approval() {
        PanelDecision decision = Decisions.recorded(ResponseType.PSII);
        decision.revise(decision.eventIds(), Decisions.content(ResponseType.AFTER_ACTION_REVIEW), Decisions.BY_CHRIS);
        assertOwnDecision(FourEyesPolicy.mayApprove(decision, "sub-chris"));
        assertOwnDecision(FourEyesPolicy.mayApprove(decision, Decisions.RECORDER));
        assertTrue(FourEyesPolicy.mayApprove(decision, "sub-dana").isAllowed());
    }

    private static void assertOwnDecision(Verdict verdict) {
        assertEquals(ProblemCode.VALIDATION_FAILED, verdict.code());
        assertEquals("decisionId", verdict.field());
        assertEquals(FieldErrorCode.OWN_DECISION, verdict.fieldCode());
        assertEquals("You recorded or last changed this decision, so the chair or the Chief Nurse must approve it",
                verdict.reason());
    }
}
