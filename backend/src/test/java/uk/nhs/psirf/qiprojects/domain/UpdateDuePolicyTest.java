package uk.nhs.psirf.qiprojects.domain;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Issue 12 item 5: "a monthly progress update to the sponsor (due and overdue)", due monthly from the start. */
class UpdateDuePolicyTest {
    private static final LocalDate START = LocalDate.of(2026, 7, 1);

    @Test
    void the_first_update_is_due_a_month_after_the_project_starts() {
        assertEquals(LocalDate.of(2026, 8, 1), UpdateDuePolicy.dueOn(START, null, LocalDate.of(2026, 7, 20)));
        assertFalse(UpdateDuePolicy.isOverdue(true, START, null, LocalDate.of(2026, 8, 1)));
    }

    @Test
    void a_project_with_no_update_by_its_monthly_due_date_is_overdue() {
        assertTrue(UpdateDuePolicy.isOverdue(true, START, null, LocalDate.of(2026, 8, 2)));
        assertEquals(LocalDate.of(2026, 8, 1), UpdateDuePolicy.dueOn(START, null, LocalDate.of(2026, 8, 2)));
        // September's update came, October's did not
        assertTrue(UpdateDuePolicy.isOverdue(true, START, LocalDate.of(2026, 8, 25), LocalDate.of(2026, 10, 3)));
        assertEquals(LocalDate.of(2026, 10, 1),
                UpdateDuePolicy.dueOn(START, LocalDate.of(2026, 8, 25), LocalDate.of(2026, 10, 3)));
    }

    @Test
    void an_update_in_the_month_before_the_due_date_or_later_meets_it() {
        assertFalse(UpdateDuePolicy.isOverdue(true, START, LocalDate.of(2026, 9, 2), LocalDate.of(2026, 10, 3)));
        assertFalse(UpdateDuePolicy.isOverdue(true, START, LocalDate.of(2026, 10, 3), LocalDate.of(2026, 10, 3)));
        assertEquals(LocalDate.of(2026, 11, 1),
                UpdateDuePolicy.dueOn(START, LocalDate.of(2026, 10, 1), LocalDate.of(2026, 10, 1)));
    }

    @Test
    void an_update_counts_for_the_next_due_date_on_or_after_it_so_a_late_one_clears_the_overdue_and_meets_the_next() {
        // October's was missed; posted on 3 October, it is November's (in the month before 1 November)
        assertFalse(UpdateDuePolicy.isOverdue(true, START, LocalDate.of(2026, 10, 3), LocalDate.of(2026, 10, 3)));
        assertEquals(LocalDate.of(2026, 12, 1),
                UpdateDuePolicy.dueOn(START, LocalDate.of(2026, 10, 3), LocalDate.of(2026, 10, 3)));
    }

    @Test
    void a_closed_project_is_never_overdue() {
        assertFalse(UpdateDuePolicy.isOverdue(false, START, null, LocalDate.of(2027, 1, 1)));
    }
}
