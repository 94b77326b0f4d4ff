package uk.nhs.psirf.qiprojects.domain;

import java.time.LocalDate;

/**
 * The monthly progress update to the sponsor (issue 12 item 5: "a monthly progress update to the sponsor (due and
 * overdue)"): one is due on each monthly anniversary of the project's start (start + 1 month, + 2 months, ...). An
 * update counts for the next due date on or after the day it is posted (the month leading up to it); a late one also
 * clears the missed date, so posting always ends "overdue". An open project whose latest due date has passed without
 * an update since the month before it is overdue; a closed project is never overdue.
 */
public final class UpdateDuePolicy {
    private UpdateDuePolicy() {
    }

    /** When the next update is due: the missed due date while overdue, else the first due date it does not yet meet. */
    public static LocalDate dueOn(LocalDate startedOn, LocalDate lastPostedOn, LocalDate today) {
        LocalDate missed = latestDueBefore(startedOn, today);
        if (missed != null && !met(missed, lastPostedOn)) {
            return missed;
        }
        int month = 1;
        while (startedOn.plusMonths(month).isBefore(today) || met(startedOn.plusMonths(month), lastPostedOn)) {
            month++;
        }
        return startedOn.plusMonths(month);
    }

    public static boolean isOverdue(boolean open, LocalDate startedOn, LocalDate lastPostedOn, LocalDate today) {
        LocalDate latest = latestDueBefore(startedOn, today);
        return open && latest != null && !met(latest, lastPostedOn);
    }

    private static boolean met(LocalDate due, LocalDate lastPostedOn) {
        return lastPostedOn != null && lastPostedOn.isAfter(due.minusMonths(1));
    }

    /** The latest due date strictly before today, or null before the first one has passed. */
    private static LocalDate latestDueBefore(LocalDate startedOn, LocalDate today) {
        LocalDate latest = null;
        for (int month = 1; startedOn.plusMonths(month).isBefore(today); month++) {
            latest = startedOn.plusMonths(month);
        }
        return latest;
    }
}
