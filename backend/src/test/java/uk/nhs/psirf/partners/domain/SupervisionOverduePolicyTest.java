package uk.nhs.psirf.partners.domain;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SupervisionOverduePolicyTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    private static final LocalDate STARTED = LocalDate.of(2025, 1, 6);

    @Test
    void a_partner_without_a_session_for_three_months_is_flagged_for_supervision() {
        assertTrue(SupervisionOverduePolicy.isOverdue(STARTED, null, TODAY.minusMonths(3).minusDays(1), TODAY));
        assertFalse(SupervisionOverduePolicy.isOverdue(STARTED, null, TODAY.minusMonths(3), TODAY));
    }

    @Test
    void a_new_partner_is_not_flagged_until_three_months_after_their_start_without_a_session() {
        assertFalse(SupervisionOverduePolicy.isOverdue(TODAY.minusMonths(3), null, null, TODAY));
        assertTrue(SupervisionOverduePolicy.isOverdue(TODAY.minusMonths(3).minusDays(1), null, null, TODAY));
        assertEquals(LocalDate.of(2025, 4, 6), SupervisionOverduePolicy.dueBy(STARTED, null));
    }

    @Test
    void a_partnership_that_has_ended_is_never_flagged_for_supervision() {
        assertFalse(SupervisionOverduePolicy.isOverdue(STARTED, TODAY.minusDays(1), null, TODAY));
        assertTrue(SupervisionOverduePolicy.isOverdue(STARTED, TODAY, null, TODAY));
    }
}
