package uk.nhs.psirf.safetyactions.domain;

import java.time.LocalDate;

/** An action is overdue when it is neither completed nor cancelled and its due date (UK) has passed. */
public final class OverduePolicy {
    private OverduePolicy() {
    }

    public static boolean isOverdue(ActionStatus status, LocalDate dueOn, LocalDate todayInUk) {
        return !status.finished() && dueOn != null && dueOn.isBefore(todayInUk);
    }

    /** The same rule for a status read as its code, as plans and oversight views read actions; unknown codes are never overdue. */
    public static boolean isOverdue(String statusCode, LocalDate dueOn, LocalDate todayInUk) {
        return ActionStatus.fromCode(statusCode).map(status -> isOverdue(status, dueOn, todayInUk)).orElse(false);
    }

    /** An effectiveness review is due when the next review date has come, unless the action was cancelled. */
    public static boolean isReviewDue(ActionStatus status, LocalDate nextReviewOn, LocalDate todayInUk) {
        return status != ActionStatus.CANCELLED && nextReviewOn != null && !nextReviewOn.isAfter(todayInUk);
    }
}
