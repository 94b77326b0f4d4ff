package uk.nhs.psirf.decisions.domain;

import org.junit.jupiter.api.Test;
import uk.nhs.psirf.kernel.ResponseType;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** "The plan in force proposes the response planned for the event's category." */
class PlanPriorityPolicyTest {

    @Test
    void the_plan_in_force_proposes_the_response_planned_for_the_events_category() {
        var plan = Decisions.plan(Decisions.local("fall", ResponseType.SWARM_HUDDLE),
                Decisions.local("pressure-ulcer", ResponseType.MULTI_INCIDENT_REVIEW));
        Proposal proposal = ResponseProposer.forEvent(Decisions.pressureUlcer(3, 4), plan);
        assertEquals(ProposalReason.PLAN, proposal.reason());
        assertEquals(ResponseType.MULTI_INCIDENT_REVIEW, proposal.responseType().orElseThrow());
        assertEquals(plan.get().versionId(), proposal.planVersionId());
        assertEquals(3, proposal.planVersionNumber());
        assertEquals("pressure-ulcer", proposal.plannedResponse().orElseThrow().categoryCode());
        assertTrue(proposal.explanation().contains("Pressure ulcer"));
    }

    @Test
    void national_requirements_come_before_local_priorities() {
        var plan = Decisions.plan(Decisions.local("pressure-ulcer", ResponseType.AFTER_ACTION_REVIEW),
                Decisions.national("pressure-ulcer", ResponseType.PSII));
        assertEquals(ResponseType.PSII, ResponseProposer.forEvent(Decisions.pressureUlcer(4, 4), plan)
                .responseType().orElseThrow());
    }

    @Test
    void a_category_the_plan_does_not_name_gets_no_proposed_response() {
        Proposal proposal = ResponseProposer.forEvent(Decisions.pressureUlcer(4, 4),
                Decisions.plan(Decisions.local("fall", ResponseType.SWARM_HUDDLE)));
        assertEquals(ProposalReason.NO_PLAN_PRIORITY, proposal.reason());
        assertTrue(proposal.responseType().isEmpty());
        assertEquals(3, proposal.planVersionNumber());
    }

    @Test
    void without_a_plan_in_force_the_panel_decides_without_a_proposal() {
        Proposal proposal = ResponseProposer.forEvent(Decisions.pressureUlcer(4, 4), Optional.empty());
        assertEquals(ProposalReason.NO_PLAN_IN_FORCE, proposal.reason());
        assertTrue(proposal.responseType().isEmpty());
    }
}
