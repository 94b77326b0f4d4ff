package uk.nhs.psirf.decisions.domain;

import org.junit.jupiter.api.Test;
import uk.nhs.psirf.kernel.ResponseType;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** "A decision that departs from the plan needs a rationale." */
class DepartureRationalePolicyTest {
    private static final Proposal PLANNED_REVIEW = ResponseProposer.forEvent(Decisions.pressureUlcer(3, 4),
            Decisions.plan(Decisions.local("pressure-ulcer", ResponseType.MULTI_INCIDENT_REVIEW)));

    @Test
    void a_decision_that_departs_from_the_plan_needs_a_rationale() {
        assertTrue(DepartureRationalePolicy.lacksRationale(PLANNED_REVIEW, ResponseType.SWARM_HUDDLE, null));
        assertTrue(DepartureRationalePolicy.lacksRationale(PLANNED_REVIEW, ResponseType.SWARM_HUDDLE, "  "));
        assertFalse(DepartureRationalePolicy.lacksRationale(PLANNED_REVIEW, ResponseType.SWARM_HUDDLE,
                "A huddle the same day will learn more."));
        assertFalse(DepartureRationalePolicy.lacksRationale(PLANNED_REVIEW, ResponseType.MULTI_INCIDENT_REVIEW, null));
    }

    @Test
    void without_a_proposal_there_is_nothing_to_depart_from() {
        Proposal none = Proposal.noPlanInForce("No plan.");
        assertFalse(DepartureRationalePolicy.departsFromProposal(none, ResponseType.SWARM_HUDDLE));
    }
}
