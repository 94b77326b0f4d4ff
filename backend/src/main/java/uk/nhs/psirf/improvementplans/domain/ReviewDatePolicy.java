package uk.nhs.psirf.improvementplans.domain;

import java.time.LocalDate;

/**
 * A plan is reviewed on a date still to come when it is set; an open plan past that date is overdue for review. A
 * review date already past may be kept while other details change, but not moved to another past date.
 */
public final class ReviewDatePolicy {
    private ReviewDatePolicy() {
    }

    public static boolean acceptable(LocalDate reviewOn, LocalDate previous, LocalDate today) {
        return !reviewOn.isBefore(today) || reviewOn.equals(previous);
    }

    public static boolean overdue(PlanStatus status, LocalDate reviewOn, LocalDate today) {
        return status == PlanStatus.OPEN && reviewOn.isBefore(today);
    }
}
