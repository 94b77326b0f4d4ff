package uk.nhs.psirf.decisions.domain;

import uk.nhs.psirf.responseplan.domain.PlannedResponse;
import uk.nhs.psirf.kernel.ResponseType;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Plans, events and decisions for the decision rules' tests. */
final class Decisions {
    static final Instant AT = Instant.parse("2026-11-23T10:00:00Z");
    static final String RECORDER = "sub-pat";
    static final UUID CHAIR_PERSON = UUID.randomUUID();

    private Decisions() {
    }

    static PlannedResponse national(String categoryCode, ResponseType type) {
        return new PlannedResponse(PlannedResponse.Source.NATIONAL, "National requirement", categoryCode, type,
                "National", null);
    }

    static PlannedResponse local(String categoryCode, ResponseType type) {
        return new PlannedResponse(PlannedResponse.Source.LOCAL, null, categoryCode, type, "Local priority", null);
    }

    static Optional<PlanInForce> plan(PlannedResponse... priorities) {
        return Optional.of(new PlanInForce(UUID.randomUUID(), 3, List.of(priorities)));
    }

    /** A pressure ulcer with the given LFPSE harm codes (5 and 4 are no harm). */
    static ProposalFacts pressureUlcer(int physicalHarm, int psychologicalHarm) {
        return new ProposalFacts("PSE-2026-000001", "pressure-ulcer", "Pressure ulcer", physicalHarm,
                psychologicalHarm);
    }

    static ProposalFacts event(String reference, String categoryCode, int physicalHarm) {
        return new ProposalFacts(reference, categoryCode, categoryCode, physicalHarm, 4);
    }

    static DecisionContent content(ResponseType type) {
        return new DecisionContent(List.of(new PanelMember(CHAIR_PERSON, "Dr A Senior", "Deputy Chief Nurse", true)),
                true, List.of(), type, type == ResponseType.REFERRAL ? ReferralTarget.SAFEGUARDING : null, null, null,
                "Rationale", null, "Minutes");
    }

    static PanelDecision recorded(ResponseType type) {
        return PanelDecision.record(null, List.of(UUID.randomUUID()), content(type),
                Proposal.noPlanInForce("No plan."), RECORDER, "Pat Specialist", AT);
    }
}
