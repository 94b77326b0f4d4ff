package uk.nhs.psirf.partners.domain;

import uk.nhs.psirf.platform.error.FieldErrorCode;
import uk.nhs.psirf.platform.rules.Verdict;

import java.time.LocalDate;
import java.util.UUID;

/**
 * The shape of a partnership (policy §3.7): a partner is supported by a named individual in the trust, who is
 * someone else; a partnership that has ended ended on or after the day it started; it is current from its start
 * date up to and including its end date.
 */
public final class PartnershipPolicy {
    private PartnershipPolicy() {
    }

    public static Verdict supporterIsSomeoneElse(UUID partnerPersonId, UUID supporterPersonId) {
        return Verdict.allowedIf(partnerPersonId == null || !partnerPersonId.equals(supporterPersonId),
                () -> Verdict.invalid("supporterPersonId", FieldErrorCode.SUPPORTER_IS_PARTNER,
                        "The named supporting individual must be someone other than the partner"));
    }

    public static Verdict endsOnOrAfterStart(LocalDate startedOn, LocalDate endedOn) {
        return Verdict.allowedIf(endedOn == null || startedOn == null || !endedOn.isBefore(startedOn),
                () -> Verdict.invalid("endedOn", FieldErrorCode.END_BEFORE_START,
                        "The end date must be the same as or after the start date"));
    }

    public static boolean isCurrent(LocalDate startedOn, LocalDate endedOn, LocalDate today) {
        return !startedOn.isAfter(today) && (endedOn == null || !endedOn.isBefore(today));
    }
}
