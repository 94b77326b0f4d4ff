package uk.nhs.psirf.improvementplans.domain;

import uk.nhs.psirf.platform.error.FieldErrorCode;
import uk.nhs.psirf.platform.rules.Verdict;

import java.time.LocalDate;

/**
 * A plan is reviewed on a date still to come when it is set; an open plan past that date is overdue for review. A
 * review date already past may be kept while other details change, but not moved to another past date.
 */
public final class ReviewDatePolicy {
    private ReviewDatePolicy() {
    }

    public static Verdict acceptable(LocalDate reviewOn, LocalDate previous, LocalDate today) {
        return Verdict.allowedIf(!reviewOn.isBefore(today) || reviewOn.equals(previous), () -> Verdict.invalid(
                "reviewOn", FieldErrorCode.IN_THE_PAST, "The review date must be today or in the future"));
    }

    public static boolean overdue(PlanStatus status, LocalDate reviewOn, LocalDate today) {
        return status == PlanStatus.OPEN && reviewOn.isBefore(today);
    }
}
