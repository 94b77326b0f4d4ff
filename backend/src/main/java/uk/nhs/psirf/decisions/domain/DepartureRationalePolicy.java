package uk.nhs.psirf.decisions.domain;

import uk.nhs.psirf.kernel.ResponseType;

/**
 * A panel may choose a response other than the one proposed by the rules and the plan, but must say why, so that
 * departures from the plan can be reviewed. Without a proposal there is nothing to depart from.
 */
public final class DepartureRationalePolicy {
    private DepartureRationalePolicy() {
    }

    public static boolean departsFromProposal(Proposal proposal, ResponseType chosen) {
        return proposal.responseType().map(proposed -> proposed != chosen).orElse(false);
    }

    public static boolean lacksRationale(Proposal proposal, ResponseType chosen, String departureRationale) {
        return departsFromProposal(proposal, chosen) && (departureRationale == null || departureRationale.isBlank());
    }
}
