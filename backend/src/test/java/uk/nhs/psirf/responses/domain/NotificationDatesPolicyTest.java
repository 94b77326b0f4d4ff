package uk.nhs.psirf.responses.domain;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** "Notifications are recorded once made, and the initial report cannot predate the event." */
class NotificationDatesPolicyTest {
    private static final LocalDate TODAY = LocalDate.parse("2026-11-23");

    @Test
    void a_notification_cannot_be_dated_in_the_future() {
        assertTrue(NotificationDatesPolicy.isInFuture(TODAY.plusDays(1), TODAY));
        assertFalse(NotificationDatesPolicy.isInFuture(TODAY, TODAY));
        assertFalse(NotificationDatesPolicy.isInFuture(null, TODAY));
    }

    @Test
    void the_initial_report_cannot_be_dated_before_the_event_occurred() {
        LocalDate occurred = LocalDate.parse("2026-11-20");
        assertTrue(NotificationDatesPolicy.isBeforeEvent(occurred.minusDays(1), occurred));
        assertFalse(NotificationDatesPolicy.isBeforeEvent(occurred, occurred));
        assertFalse(NotificationDatesPolicy.isBeforeEvent(null, occurred));
    }
}
