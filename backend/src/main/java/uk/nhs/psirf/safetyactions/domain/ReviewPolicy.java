package uk.nhs.psirf.safetyactions.domain;

import uk.nhs.psirf.platform.error.FieldErrorCode;
import uk.nhs.psirf.platform.rules.Verdict;

import java.time.LocalDate;
import java.util.Set;

/**
 * Effectiveness reviews (policy §15.1): only of actions that were agreed (agreed, in progress or completed), and
 * periodic, typically annual, so the next review is a year after this one unless another date is given.
 */
public final class ReviewPolicy {
    private static final Set<ActionStatus> REVIEWABLE = Set.of(ActionStatus.AGREED, ActionStatus.IN_PROGRESS,
            ActionStatus.COMPLETED);

    private ReviewPolicy() {
    }

    /** {@code reference} names the action in the refusal, e.g. "SA-2026-0001 is proposed; …". */
    public static Verdict mayBeReviewed(String reference, ActionStatus status) {
        return Verdict.allowedIf(REVIEWABLE.contains(status), () -> Verdict.conflict(reference + " is " + status.code()
                + "; only an agreed, in-progress or completed action can be reviewed"));
    }

    public static LocalDate nextReview(LocalDate reviewedOn, LocalDate requested) {
        return requested != null ? requested : reviewedOn.plusYears(1);
    }

    /** A review has taken place (not in the future) and the next one ({@link #nextReview}) comes after it. */
    public static Verdict reviewDates(LocalDate reviewedOn, LocalDate nextReviewOn, LocalDate today) {
        return Verdict.all(
                Verdict.allowedIf(!reviewedOn.isAfter(today), () -> Verdict.invalid("reviewedOn",
                        FieldErrorCode.IN_THE_FUTURE, "The date of the review cannot be in the future")),
                Verdict.allowedIf(nextReviewOn.isAfter(reviewedOn), () -> Verdict.invalid("nextReviewOn",
                        FieldErrorCode.BEFORE_REVIEW, "The next review must be after this review")));
    }
}
