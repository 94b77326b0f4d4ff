package uk.nhs.psirf.safetyactions.domain;

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

    @Test
    void a_status_read_as_its_code_follows_the_same_rule() {
        assertTrue(OverduePolicy.isOverdue("in-progress", TODAY.minusDays(1), TODAY));
        assertFalse(OverduePolicy.isOverdue("completed", TODAY.minusDays(1), TODAY));
        assertFalse(OverduePolicy.isOverdue("not-a-status", TODAY.minusDays(1), TODAY));
    }
}
