package uk.nhs.psirf.oversight.domain;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ActionOverduePolicyTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    @Test
    void an_action_still_to_do_after_its_due_date_is_overdue_but_a_completed_one_is_not() {
        assertTrue(ActionOverduePolicy.isOverdue("in-progress", TODAY.minusDays(1), TODAY));
        assertFalse(ActionOverduePolicy.isOverdue("in-progress", TODAY, TODAY));
        assertFalse(ActionOverduePolicy.isOverdue("completed", TODAY.minusDays(1), TODAY));
        assertFalse(ActionOverduePolicy.isOverdue("cancelled", TODAY.minusDays(1), TODAY));
        assertFalse(ActionOverduePolicy.isOverdue("proposed", null, TODAY));
    }
}
