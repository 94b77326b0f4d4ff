package uk.nhs.psirf.decisions.domain;

import uk.nhs.psirf.kernel.ResponseType;

import uk.nhs.psirf.platform.error.FieldErrorCode;
import uk.nhs.psirf.platform.rules.Verdict;

import java.util.List;

/**
 * Policy §12.3: "As a minimum, PSIs (under our care) leading to unexpected death or severe harm will warrant a PSII."
 * A hard minimum, not a proposal the panel may depart from: a weaker response for such an event, or for a case
 * containing one, is refused unless the investigation is not ours to lead (§12.4, "The PSII will be led by the
 * organisation best placed to investigate"): another organisation leads it (named on the decision), or the event is
 * referred to an external body that leads it ({@link ReferralTarget#leadsExternally()}).
 */
public final class PsiiMinimumPolicy {
    private PsiiMinimumPolicy() {
    }

    /** A fact about the events decided, e.g. for the proposal: one led to death or severe harm. */
    public static boolean warrantsPsii(List<ProposalFacts> events) {
        return events.stream().anyMatch(e -> SevereHarmPolicy.isDeathOrSevereHarm(e.physicalHarm(),
                e.psychologicalHarm()));
    }

    /** Refused when the response chosen falls below the PSII these events warrant. */
    public static Verdict meetsMinimum(List<ProposalFacts> events, ResponseType chosen, ReferralTarget referralTo,
                                       String leadOrganisation) {
        return Verdict.allowedIf(!isBelowMinimum(events, chosen, referralTo, leadOrganisation),
                () -> Verdict.invalid("responseType", FieldErrorCode.PSII_MINIMUM, "Unexpected death or severe harm "
                        + "warrants a PSII at minimum (policy 12.3): choose a PSII, name the organisation that leads "
                        + "the investigation, or refer it to the police, the coroner or another organisation"));
    }

    private static boolean isBelowMinimum(List<ProposalFacts> events, ResponseType chosen, ReferralTarget referralTo,
                                          String leadOrganisation) {
        if (chosen == ResponseType.PSII || !warrantsPsii(events)) {
            return false;
        }
        boolean anotherOrganisationLeads = leadOrganisation != null && !leadOrganisation.isBlank();
        boolean referredToExternalLead = chosen == ResponseType.REFERRAL && referralTo != null
                && referralTo.leadsExternally();
        return !anotherOrganisationLeads && !referredToExternalLead;
    }
}
