package uk.nhs.psirf.coaches.domain;

import java.time.LocalDate;

/**
 * Regular supervision of a QI coach (000_* Appendix 2: "Attend supervision sessions with the local Improvement
 * Advisor"; issue 12: "flagged when none for three months, as for partners"): a current coach is due a session
 * within 3 calendar months of their latest one, or of the day they started coaching when they have had none; once
 * that day has passed without a session they are overdue. A coach who has ended, or not yet started, is never overdue.
 */
public final class CoachSupervisionPolicy {
    public static final int MONTHS_BETWEEN_SESSIONS = 3;

    private CoachSupervisionPolicy() {
    }

    /** The last day by which the next session should be held. */
    public static LocalDate dueBy(LocalDate startedOn, LocalDate lastSessionOn) {
        LocalDate from = lastSessionOn == null || lastSessionOn.isBefore(startedOn) ? startedOn : lastSessionOn;
        return from.plusMonths(MONTHS_BETWEEN_SESSIONS);
    }

    public static boolean isOverdue(Coach coach, LocalDate lastSessionOn, LocalDate today) {
        return coach.isCurrentOn(today) && today.isAfter(dueBy(coach.startedOn(), lastSessionOn));
    }
}
