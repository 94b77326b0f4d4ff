package uk.nhs.psirf.responseplan.domain;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** "The review date falls within the period." */
class ReviewDatePolicyTest {
    private final PlanPeriod period = Plans.period("2023-09-01", "2025-02-28");

    @Test
    void theReviewDateFallsWithinThePeriod() {
        assertTrue(ReviewDatePolicy.allows(period, LocalDate.parse("2024-09-01")));
        assertTrue(ReviewDatePolicy.allows(period, LocalDate.parse("2023-09-01")));
        assertTrue(ReviewDatePolicy.allows(period, LocalDate.parse("2025-02-28")));
        assertFalse(ReviewDatePolicy.allows(period, LocalDate.parse("2025-03-01")));
        assertFalse(ReviewDatePolicy.allows(period, LocalDate.parse("2023-08-31")));
    }
}
