package uk.nhs.psirf.responses.domain;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Overdue and near-due responses stand out on the list (issue 4, timeframes). */
class DueStatusPolicyTest {
    private static final LocalDate TARGET = LocalDate.of(2027, 2, 15);

    @Test
    void a_response_due_within_fourteen_days_is_near_due() {
        assertEquals(DueStatus.ON_TRACK, DueStatusPolicy.status(TARGET, LocalDate.of(2027, 1, 31), false));
        assertEquals(DueStatus.NEAR_DUE, DueStatusPolicy.status(TARGET, LocalDate.of(2027, 2, 1), false));
        assertEquals(DueStatus.NEAR_DUE, DueStatusPolicy.status(TARGET, TARGET, false));
    }

    @Test
    void a_response_past_its_target_is_overdue() {
        assertEquals(DueStatus.OVERDUE, DueStatusPolicy.status(TARGET, LocalDate.of(2027, 2, 16), false));
    }

    @Test
    void a_closed_response_is_closed_whatever_its_target() {
        assertEquals(DueStatus.CLOSED, DueStatusPolicy.status(TARGET, LocalDate.of(2027, 1, 31), true));
        assertEquals(DueStatus.CLOSED, DueStatusPolicy.status(TARGET, TARGET, true));
        assertEquals(DueStatus.CLOSED, DueStatusPolicy.status(TARGET, LocalDate.of(2027, 2, 16), true));
    }
}
