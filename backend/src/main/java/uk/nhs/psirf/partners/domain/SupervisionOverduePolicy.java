package uk.nhs.psirf.partners.domain;

import java.time.LocalDate;

/**
 * Regular supervision (policy §3.7): a current partner is due a supervision session within 3 calendar months of
 * their latest session, or of the start of their partnership when they have had none yet; once that day has
 * passed without a session they are overdue. A partnership that has ended, or not yet started, is never overdue.
 */
public final class SupervisionOverduePolicy {
    public static final int MONTHS_BETWEEN_SESSIONS = 3;

    private SupervisionOverduePolicy() {
    }

    /** The last day by which the next session should be held. */
    public static LocalDate dueBy(LocalDate startedOn, LocalDate lastSessionOn) {
        LocalDate from = lastSessionOn == null || lastSessionOn.isBefore(startedOn) ? startedOn : lastSessionOn;
        return from.plusMonths(MONTHS_BETWEEN_SESSIONS);
    }

    public static boolean isOverdue(LocalDate startedOn, LocalDate endedOn, LocalDate lastSessionOn, LocalDate today) {
        return PartnershipPolicy.isCurrent(startedOn, endedOn, today) && today.isAfter(dueBy(startedOn, lastSessionOn));
    }
}
