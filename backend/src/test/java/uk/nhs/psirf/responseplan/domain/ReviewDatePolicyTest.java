package uk.nhs.psirf.responseplan.domain;

import org.junit.jupiter.api.Test;
import uk.nhs.psirf.platform.error.FieldErrorCode;
import uk.nhs.psirf.platform.rules.Verdict;
import uk.nhs.psirf.platform.error.ProblemCode;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** "The review date falls within the period." */
class ReviewDatePolicyTest {
    private final PlanPeriod period = Plans.period("2023-09-01", "2025-02-28");

    @Test
    void theReviewDateFallsWithinThePeriod() {
        Verdict after = ReviewDatePolicy.allows(period, LocalDate.parse("2025-03-01"));
        assertEquals(ProblemCode.VALIDATION_FAILED, after.code());
        assertEquals("reviewDate", after.field());
        assertEquals(FieldErrorCode.OUTSIDE_PERIOD, after.fieldCode());
        assertEquals("The review date must fall within the plan period", after.reason());
        assertTrue(ReviewDatePolicy.allows(period, LocalDate.parse("2024-09-01")).isAllowed());
        assertTrue(ReviewDatePolicy.allows(period, LocalDate.parse("2023-09-01")).isAllowed());
        assertTrue(ReviewDatePolicy.allows(period, LocalDate.parse("2025-02-28")).isAllowed());
        assertTrue(ReviewDatePolicy.allows(period, LocalDate.parse("2025-03-01")).isRefused());
        assertTrue(ReviewDatePolicy.allows(period, LocalDate.parse("2023-08-31")).isRefused());
    }
}
