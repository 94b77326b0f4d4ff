package uk.nhs.psirf.action.domain;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class OverduePolicyTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    @Test
    void an_unfinished_action_past_its_due_date_is_overdue_and_a_finished_one_never_is() {
        assertTrue(OverduePolicy.isOverdue(ActionStatus.AGREED, TODAY.minusDays(1), TODAY));
        assertTrue(OverduePolicy.isOverdue(ActionStatus.PROPOSED, TODAY.minusDays(1), TODAY));
        assertFalse(OverduePolicy.isOverdue(ActionStatus.IN_PROGRESS, TODAY, TODAY));
        assertFalse(OverduePolicy.isOverdue(ActionStatus.COMPLETED, TODAY.minusDays(30), TODAY));
        assertFalse(OverduePolicy.isOverdue(ActionStatus.CANCELLED, TODAY.minusDays(30), TODAY));
        assertFalse(OverduePolicy.isOverdue(ActionStatus.PROPOSED, null, TODAY));
    }
}
