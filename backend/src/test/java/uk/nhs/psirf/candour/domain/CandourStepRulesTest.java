package uk.nhs.psirf.candour.domain;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** "A step is done or explained, the written notification follows the verbal one, and none precedes the event." */
class CandourStepRulesTest {
    private static final LocalDate DAY = LocalDate.parse("2026-11-10");

    @Test
    void a_step_has_a_date_or_a_reason_it_could_not_be_done_not_both() {
        assertTrue(CandourStepRules.hasDateAndReason(DAY, "Could not reach the family"));
        assertFalse(CandourStepRules.hasDateAndReason(DAY, " "));
        assertFalse(CandourStepRules.hasDateAndReason(null, "Could not reach the family"));
    }

    @Test
    void the_written_notification_cannot_be_sent_before_the_verbal_one() {
        assertTrue(CandourStepRules.writtenBeforeVerbal(DAY, DAY.minusDays(1)));
        assertFalse(CandourStepRules.writtenBeforeVerbal(DAY, DAY));
        assertFalse(CandourStepRules.writtenBeforeVerbal(null, DAY));
    }

    @Test
    void no_candour_step_is_dated_before_the_event() {
        assertTrue(CandourStepRules.beforeEvent(DAY.minusDays(1), DAY));
        assertFalse(CandourStepRules.beforeEvent(DAY, DAY));
    }
}
