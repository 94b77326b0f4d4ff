package uk.nhs.psirf.decisions.domain;

import uk.nhs.psirf.responseplan.domain.PlannedResponse;

import java.util.List;
import java.util.Optional;

/**
 * Puts the rules together: unexpected death or severe harm proposes a PSII ({@link SevereHarmPolicy}); otherwise the
 * plan in force proposes what it plans for the category ({@link PlanPriorityPolicy}); a case gets its events'
 * strongest proposal ({@link StrongestProposalPolicy}).
 */
public final class ResponseProposer {
    private ResponseProposer() {
    }

    public static Proposal forEvent(ProposalFacts event, Optional<PlanInForce> plan) {
        return propose(event, plan, "This event");
    }

    public static Proposal forCase(List<ProposalFacts> events, Optional<PlanInForce> plan) {
        return StrongestProposalPolicy.strongest(events.stream()
                .map(e -> propose(e, plan, "Event " + e.reference() + " in this case")).toList());
    }

    private static Proposal propose(ProposalFacts event, Optional<PlanInForce> plan, String subject) {
        if (SevereHarmPolicy.isDeathOrSevereHarm(event.physicalHarm(), event.psychologicalHarm())) {
            return Proposal.deathOrSevereHarm(subject + " led to unexpected death or severe harm, so a patient safety "
                    + "incident investigation (PSII) is the minimum response.");
        }
        if (plan.isEmpty()) {
            return Proposal.noPlanInForce("No response plan is in force yet, so the panel decides the response without "
                    + "a proposal.");
        }
        PlanInForce inForce = plan.get();
        String planName = "The response plan in force (version " + inForce.number() + ")";
        Optional<PlannedResponse> planned = PlanPriorityPolicy.plannedFor(inForce.priorities(), event.categoryCode());
        return planned
                .map(p -> Proposal.planned(inForce, p, planName + " plans this response for the category "
                        + event.categoryDisplay() + ": " + p.responseType().display() + "."))
                .orElseGet(() -> Proposal.noPlanPriority(inForce, planName + " plans no response for the category "
                        + event.categoryDisplay() + ", so the panel decides the response."));
    }
}
