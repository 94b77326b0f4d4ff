package uk.nhs.psirf.responses.domain;

import java.time.LocalDate;

/**
 * A response past its target is overdue; one due within the next 14 days is near due, so it stands out early. A closed
 * response is closed, whatever its target was: it is neither on track nor overdue any more.
 */
public final class DueStatusPolicy {
    public static final int NEAR_DUE_DAYS = 14;

    private DueStatusPolicy() {
    }

    public static DueStatus status(LocalDate targetOn, LocalDate today, boolean closed) {
        if (closed) {
            return DueStatus.CLOSED;
        }
        if (today.isAfter(targetOn)) {
            return DueStatus.OVERDUE;
        }
        return today.plusDays(NEAR_DUE_DAYS).isBefore(targetOn) ? DueStatus.ON_TRACK : DueStatus.NEAR_DUE;
    }
}
