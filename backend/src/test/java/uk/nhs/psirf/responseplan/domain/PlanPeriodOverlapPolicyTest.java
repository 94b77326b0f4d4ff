package uk.nhs.psirf.responseplan.domain;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** "Plan periods may not overlap an approved plan's period." */
class PlanPeriodOverlapPolicyTest {
    private final PlanVersion approved = Plans.approved(Plans.period("2023-09-01", "2025-02-28"));

    @Test
    void planPeriodsMayNotOverlapAnApprovedPlansPeriod() {
        assertEquals(approved, PlanPeriodOverlapPolicy.overlapped(Plans.period("2025-02-28", "2026-08-31"),
                List.of(approved)).orElseThrow());
        assertEquals(approved, PlanPeriodOverlapPolicy.overlapped(Plans.period("2023-01-01", "2023-09-01"),
                List.of(approved)).orElseThrow());
    }

    @Test
    void theNextPeriodMayStartTheDayAfter() {
        assertTrue(PlanPeriodOverlapPolicy.overlapped(Plans.period("2025-03-01", "2026-08-31"), List.of(approved))
                .isEmpty());
    }

    @Test
    void aRevisionOfAnApprovedPlanKeepsItsStartDate() {
        assertTrue(PlanPeriodOverlapPolicy.overlapped(Plans.period("2023-09-01", "2025-08-31"), List.of(approved))
                .isEmpty());
    }

    @Test
    void draftsDoNotBlockOtherDrafts() {
        PlanVersion draft = Plans.draft(Plans.period("2027-01-01", "2027-12-31"));
        assertTrue(PlanPeriodOverlapPolicy.overlapped(Plans.period("2027-06-01", "2028-06-01"), List.of(draft))
                .isEmpty());
    }
}
