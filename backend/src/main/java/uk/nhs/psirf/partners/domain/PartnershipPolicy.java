package uk.nhs.psirf.partners.domain;

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

    public static boolean supporterIsSomeoneElse(UUID partnerPersonId, UUID supporterPersonId) {
        return partnerPersonId == null || !partnerPersonId.equals(supporterPersonId);
    }

    public static boolean endsOnOrAfterStart(LocalDate startedOn, LocalDate endedOn) {
        return endedOn == null || startedOn == null || !endedOn.isBefore(startedOn);
    }

    public static boolean isCurrent(LocalDate startedOn, LocalDate endedOn, LocalDate today) {
        return !startedOn.isAfter(today) && (endedOn == null || !endedOn.isBefore(today));
    }
}
