package uk.nhs.psirf.decisions.domain;

import uk.nhs.psirf.kernel.ResponseType;
import uk.nhs.psirf.platform.error.FieldErrorCode;
import uk.nhs.psirf.platform.rules.Verdict;

/**
 * A panel may choose a response other than the one proposed by the rules and the plan, but must say why, so that
 * departures from the plan can be reviewed. Without a proposal there is nothing to depart from.
 */
public final class DepartureRationalePolicy {
    private DepartureRationalePolicy() {
    }

    /** A fact recorded on the decision: the response chosen is not the one proposed. */
    public static boolean departsFromProposal(Proposal proposal, ResponseType chosen) {
        return proposal.responseType().map(proposed -> proposed != chosen).orElse(false);
    }

    public static Verdict hasRationale(Proposal proposal, ResponseType chosen, String departureRationale) {
        return Verdict.allowedIf(!departsFromProposal(proposal, chosen)
                        || departureRationale != null && !departureRationale.isBlank(),
                () -> Verdict.invalid("departureRationale", FieldErrorCode.DEPARTURE_RATIONALE_REQUIRED,
                        "Say why the panel chose a response other than the one proposed ("
                                + proposal.responseType().map(ResponseType::display).orElse("") + ")"));
    }
}
