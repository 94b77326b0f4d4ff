package uk.nhs.psirf.coaching.domain;

import uk.nhs.psirf.platform.error.FieldErrorCode;
import uk.nhs.psirf.platform.rules.Verdict;

import java.time.LocalDate;

/**
 * "Review/Evaluation: after 4 sessions" (004_*). The review is due once the fourth session held since the start (or
 * since the last review) is recorded; cancelled sessions do not count. It is due by the next meeting planned at that
 * fourth session, because the review belongs before the coaching carries on; when no next meeting was set, by four
 * weeks after the fourth session (about one monthly interval, the contract's frequency). Overdue after that day.
 */
public final class ReviewPolicy {
    public static final int SESSIONS_BEFORE_REVIEW = 4;
    static final int WEEKS_WITHOUT_NEXT_MEETING = 4;

    private ReviewPolicy() {
    }

    public static boolean isDue(int heldSessionsSinceReview) {
        return heldSessionsSinceReview >= SESSIONS_BEFORE_REVIEW;
    }

    /** The day by which the review is held, from the fourth session and the next meeting it planned. */
    public static LocalDate dueBy(LocalDate fourthSessionOn, LocalDate nextMeetingOn) {
        return nextMeetingOn != null ? nextMeetingOn : fourthSessionOn.plusWeeks(WEEKS_WITHOUT_NEXT_MEETING);
    }

    public static boolean isOverdue(LocalDate dueBy, LocalDate today) {
        return dueBy != null && today.isAfter(dueBy);
    }

    /** A review is held only when one is due; it is not before the fourth session. */
    public static Verdict mayHold(ContractStatus status, LocalDate fourthSessionOn, LocalDate heldOn) {
        if (status != ContractStatus.REVIEW) {
            return Verdict.conflict("status", FieldErrorCode.REVIEW_NOT_DUE,
                    "A review is held after the fourth session");
        }
        return Verdict.allowedIf(!heldOn.isBefore(fourthSessionOn), () -> Verdict.invalid("heldOn",
                FieldErrorCode.BEFORE_SESSION, "The review must be on or after the date of the fourth session"));
    }
}
