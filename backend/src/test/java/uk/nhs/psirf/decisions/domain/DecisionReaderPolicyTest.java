package uk.nhs.psirf.decisions.domain;

import org.junit.jupiter.api.Test;
import uk.nhs.psirf.kernel.ResponseType;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Policy §12.3: decisions are "approved by the Chair (a senior member of the panel)"; the panel includes "service
 * representatives and subject matter experts", who may hold no patient safety role.
 */
class DecisionReaderPolicyTest {

    @Test
    void a_caller_without_a_patient_safety_role_reads_only_a_decision_whose_panel_they_chair() {
        UUID member = UUID.randomUUID();
        DecisionContent content = new DecisionContent(List.of(
                new PanelMember(Decisions.CHAIR_PERSON, "Dr A Senior", "Clinical director", true),
                new PanelMember(member, "B Expert", "Tissue viability nurse", false)),
                true, List.of(), ResponseType.PSII, null, null, null, "Rationale", null, "Minutes");
        PanelDecision decision = PanelDecision.record(null, List.of(UUID.randomUUID()), content,
                Proposal.noPlanInForce("No plan."), Decisions.RECORDER, "Pat", Decisions.AT);
        assertTrue(DecisionReaderPolicy.mayRead(decision, Optional.of(Decisions.CHAIR_PERSON), false));
        assertFalse(DecisionReaderPolicy.mayRead(decision, Optional.of(member), false));
        assertFalse(DecisionReaderPolicy.mayRead(decision, Optional.of(UUID.randomUUID()), false));
        assertFalse(DecisionReaderPolicy.mayRead(decision, Optional.empty(), false));
    }

    @Test
    void the_patient_safety_team_and_the_chief_nurse_read_every_decision() {
        assertTrue(DecisionReaderPolicy.mayRead(Decisions.recorded(ResponseType.PSII), Optional.empty(), true));
    }
}
