package uk.nhs.psirf.decisions.domain;

import org.junit.jupiter.api.Test;
import uk.nhs.psirf.kernel.ResponseType;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** "A case is proposed the strongest response over its events." */
class StrongestProposalPolicyTest {
    private static final java.util.Optional<PlanInForce> PLAN = Decisions.plan(
            Decisions.local("fall", ResponseType.SWARM_HUDDLE),
            Decisions.local("medication", ResponseType.AFTER_ACTION_REVIEW),
            Decisions.local("pressure-ulcer", ResponseType.MULTI_INCIDENT_REVIEW),
            Decisions.local("documentation", ResponseType.NO_FURTHER_LEARNING_RESPONSE));

    @Test
    void a_case_is_proposed_the_strongest_response_over_its_events() {
        assertEquals(ResponseType.MULTI_INCIDENT_REVIEW, strongest("fall", "pressure-ulcer", "medication"));
        assertEquals(ResponseType.AFTER_ACTION_REVIEW, strongest("documentation", "fall", "medication"));
        assertEquals(ResponseType.SWARM_HUDDLE, strongest("other", "documentation", "fall"));
        Proposal withSevereHarm = ResponseProposer.forCase(List.of(Decisions.event("PSE-2026-000001", "fall", 4),
                Decisions.event("PSE-2026-000002", "fall", 2)), PLAN);
        assertEquals(ResponseType.PSII, withSevereHarm.responseType().orElseThrow());
        assertTrue(withSevereHarm.explanation().contains("PSE-2026-000002"));
    }

    private static ResponseType strongest(String... categories) {
        List<ProposalFacts> events = java.util.Arrays.stream(categories)
                .map(c -> Decisions.event("PSE-" + c, c, 4)).toList();
        return ResponseProposer.forCase(events, PLAN).responseType().orElseThrow();
    }
}
