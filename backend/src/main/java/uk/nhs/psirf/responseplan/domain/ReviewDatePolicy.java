package uk.nhs.psirf.responseplan.domain;

import java.time.LocalDate;

/** The review date falls within the period (policy §9: the plan is reviewed before it runs out). */
public final class ReviewDatePolicy {
    private ReviewDatePolicy() {
    }

    public static boolean allows(PlanPeriod period, LocalDate reviewDate) {
        return period.contains(reviewDate);
    }
}
