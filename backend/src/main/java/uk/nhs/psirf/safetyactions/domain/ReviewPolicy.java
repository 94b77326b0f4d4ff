package uk.nhs.psirf.safetyactions.domain;

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

    public static boolean mayBeReviewed(ActionStatus status) {
        return REVIEWABLE.contains(status);
    }

    public static LocalDate nextReview(LocalDate reviewedOn, LocalDate requested) {
        return requested != null ? requested : reviewedOn.plusYears(1);
    }
}
