package uk.nhs.psirf.decisions.domain;

import org.junit.jupiter.api.Test;
import uk.nhs.psirf.kernel.ResponseType;
import uk.nhs.psirf.platform.error.FieldErrorCode;
import uk.nhs.psirf.platform.error.ProblemCode;
import uk.nhs.psirf.platform.rules.Verdict;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** "A decision that departs from the plan needs a rationale." */
class DepartureRationalePolicyTest {
    private static final Proposal PLANNED_REVIEW = ResponseProposer.forEvent(Decisions.pressureUlcer(3, 4),
            Decisions.plan(Decisions.local("pressure-ulcer", ResponseType.MULTI_INCIDENT_REVIEW)));

    @Test
    void a_decision_that_departs_from_the_plan_needs_a_rationale() {
        assertRationaleRequired(DepartureRationalePolicy.hasRationale(PLANNED_REVIEW, ResponseType.SWARM_HUDDLE, null));
        assertRationaleRequired(DepartureRationalePolicy.hasRationale(PLANNED_REVIEW, ResponseType.SWARM_HUDDLE, "  "));
        assertTrue(DepartureRationalePolicy.hasRationale(PLANNED_REVIEW, ResponseType.SWARM_HUDDLE,
                "A huddle the same day will learn more.").isAllowed());
        assertTrue(DepartureRationalePolicy.hasRationale(PLANNED_REVIEW, ResponseType.MULTI_INCIDENT_REVIEW, null)
                .isAllowed());
    }

    @Test
    void without_a_proposal_there_is_nothing_to_depart_from() {
        Proposal none = Proposal.noPlanInForce("No plan.");
        assertFalse(DepartureRationalePolicy.departsFromProposal(none, ResponseType.SWARM_HUDDLE));
        assertTrue(DepartureRationalePolicy.hasRationale(none, ResponseType.SWARM_HUDDLE, null).isAllowed());
    }

    private static void assertRationaleRequired(Verdict verdict) {
        assertEquals(ProblemCode.VALIDATION_FAILED, verdict.code());
        assertEquals("departureRationale", verdict.field());
        assertEquals(FieldErrorCode.DEPARTURE_RATIONALE_REQUIRED, verdict.fieldCode());
        assertEquals("Say why the panel chose a response other than the one proposed (Multi-incident review (MDT))",
                verdict.reason());
    }
}
