package uk.nhs.psirf.responseplan.domain;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** "We will review the plan in 18 months commencing from September 2023": a plan past its period is overdue for review. */
class PlanReviewOverduePolicyTest {
    private static final PlanPeriod SEPTEMBER_2023_FOR_18_MONTHS = Plans.period("2023-09-01", "2025-02-28");

    @Test
    void a_plan_still_in_force_after_its_period_has_ended_is_overdue_for_review() {
        assertTrue(PlanReviewOverduePolicy.isOverdue(PlanStatus.IN_FORCE, SEPTEMBER_2023_FOR_18_MONTHS,
                LocalDate.parse("2025-03-01")));
        assertFalse(PlanReviewOverduePolicy.isOverdue(PlanStatus.IN_FORCE, SEPTEMBER_2023_FOR_18_MONTHS,
                LocalDate.parse("2025-02-28")), "the last day of the period is still within it");
    }

    @Test
    void drafts_and_superseded_versions_are_never_overdue_for_review() {
        LocalDate later = LocalDate.parse("2026-12-02");
        assertFalse(PlanReviewOverduePolicy.isOverdue(PlanStatus.DRAFT, SEPTEMBER_2023_FOR_18_MONTHS, later));
        assertFalse(PlanReviewOverduePolicy.isOverdue(PlanStatus.SUPERSEDED, SEPTEMBER_2023_FOR_18_MONTHS, later));
    }
}
