package uk.nhs.psirf.responseplan.domain;

import uk.nhs.psirf.platform.error.FieldErrorCode;
import uk.nhs.psirf.platform.rules.Verdict;

import java.time.LocalDate;

/** The review date falls within the period (policy §9: the plan is reviewed before it runs out). */
public final class ReviewDatePolicy {
    private ReviewDatePolicy() {
    }

    public static Verdict allows(PlanPeriod period, LocalDate reviewDate) {
        return Verdict.allowedIf(period.contains(reviewDate), () -> Verdict.invalid("reviewDate",
                FieldErrorCode.OUTSIDE_PERIOD, "The review date must fall within the plan period"));
    }
}
