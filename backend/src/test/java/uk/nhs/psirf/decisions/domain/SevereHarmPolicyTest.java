package uk.nhs.psirf.decisions.domain;

import org.junit.jupiter.api.Test;
import uk.nhs.psirf.kernel.ResponseType;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** "Unexpected death or severe harm warrants a PSII at minimum" (policy §12.3). */
class SevereHarmPolicyTest {

    @Test
    void an_event_with_unexpected_death_or_severe_harm_is_proposed_for_psii() {
        var plan = Decisions.plan(Decisions.local("pressure-ulcer", ResponseType.AFTER_ACTION_REVIEW));
        for (var event : new ProposalFacts[]{Decisions.pressureUlcer(1, 4), Decisions.pressureUlcer(2, 4),
                Decisions.pressureUlcer(5, 1)}) {
            Proposal proposal = ResponseProposer.forEvent(event, plan);
            assertEquals(ResponseType.PSII, proposal.responseType().orElseThrow());
            assertEquals(ProposalReason.DEATH_OR_SEVERE_HARM, proposal.reason());
            assertTrue(proposal.explanation().contains("death or severe harm"));
        }
    }

    @Test
    void moderate_harm_is_not_severe_harm() {
        assertFalse(SevereHarmPolicy.isDeathOrSevereHarm(3, 2));
        assertFalse(SevereHarmPolicy.isDeathOrSevereHarm(5, 4));
    }
}
