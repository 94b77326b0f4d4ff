package uk.nhs.psirf.decisions.domain;

import uk.nhs.psirf.kernel.ResponseType;

import java.util.List;
import java.util.Map;

/**
 * A case gets the strongest of its events' proposals: PSII, then multi-incident review, after action review, swarm
 * huddle, referral and no further learning response; an event with no proposal counts least.
 */
public final class StrongestProposalPolicy {
    private static final Map<ResponseType, Integer> STRENGTH = Map.of(
            ResponseType.PSII, 6,
            ResponseType.MULTI_INCIDENT_REVIEW, 5,
            ResponseType.AFTER_ACTION_REVIEW, 4,
            ResponseType.SWARM_HUDDLE, 3,
            ResponseType.REFERRAL, 2,
            ResponseType.NO_FURTHER_LEARNING_RESPONSE, 1);

    private StrongestProposalPolicy() {
    }

    /** Of equally strong proposals the first wins, so the case's oldest event speaks for it. */
    public static Proposal strongest(List<Proposal> proposals) {
        if (proposals.isEmpty()) {
            throw new IllegalArgumentException("no proposals to choose from");
        }
        Proposal strongest = proposals.get(0);
        for (Proposal candidate : proposals) {
            if (strength(candidate) > strength(strongest)) {
                strongest = candidate;
            }
        }
        return strongest;
    }

    private static int strength(Proposal proposal) {
        return proposal.responseType().map(STRENGTH::get).orElse(0);
    }
}
