package uk.nhs.psirf.decisions.domain;

import org.junit.jupiter.api.Test;
import uk.nhs.psirf.kernel.ResponseType;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Policy §12.3: "All decisions ... will be minuted, approved by the Chair (a senior member of the panel)". */
class ChairApprovalPolicyTest {

    @Test
    void decisions_are_approved_by_the_chair_signed_in_as_themself_or_by_the_chief_nurse() {
        PanelDecision decision = Decisions.recorded(ResponseType.PSII);
        assertTrue(ChairApprovalPolicy.mayApproveAsChair(decision, Optional.of(Decisions.CHAIR_PERSON), false));
        assertTrue(ChairApprovalPolicy.mayApproveAsChair(decision, Optional.empty(), true));
        assertFalse(ChairApprovalPolicy.mayApproveAsChair(decision, Optional.of(UUID.randomUUID()), false));
        assertFalse(ChairApprovalPolicy.mayApproveAsChair(decision, Optional.empty(), false));
    }

    @Test
    void a_chair_typed_in_before_the_people_directory_leaves_the_approval_to_the_chief_nurse() {
        DecisionContent typedIn = new DecisionContent(List.of(new PanelMember(null, "Dr Typed", "Chair", true)),
                true, List.of(), ResponseType.PSII, null, null, null, "Rationale", null, "Minutes");
        PanelDecision decision = PanelDecision.record(null, List.of(UUID.randomUUID()), typedIn,
                Proposal.noPlanInForce("No plan."), Decisions.RECORDER, "Pat", Decisions.AT);
        assertFalse(ChairApprovalPolicy.mayApproveAsChair(decision, Optional.of(UUID.randomUUID()), false));
        assertTrue(ChairApprovalPolicy.mayApproveAsChair(decision, Optional.empty(), true));
    }
}
