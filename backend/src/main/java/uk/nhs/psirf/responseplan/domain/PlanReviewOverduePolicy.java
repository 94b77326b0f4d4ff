package uk.nhs.psirf.responseplan.domain;

import java.time.LocalDate;

/**
 * "We will review the plan in 18 months commencing from September 2023" (the trust's policy, reviewing the plan): a
 * plan still in force after its period has ended has not been reviewed in time, so it is overdue for review. Drafts
 * and superseded versions are never overdue.
 */
public final class PlanReviewOverduePolicy {
    private PlanReviewOverduePolicy() {
    }

    public static boolean isOverdue(PlanStatus status, PlanPeriod period, LocalDate today) {
        return status == PlanStatus.IN_FORCE && period.to().isBefore(today);
    }
}
