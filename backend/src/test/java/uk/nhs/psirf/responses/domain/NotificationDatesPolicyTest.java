package uk.nhs.psirf.responses.domain;

import org.junit.jupiter.api.Test;
import uk.nhs.psirf.platform.error.FieldErrorCode;
import uk.nhs.psirf.platform.error.ProblemCode;
import uk.nhs.psirf.platform.rules.Verdict;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** "Notifications are recorded once made, and the initial report cannot predate the event." */
class NotificationDatesPolicyTest {
    private static final LocalDate TODAY = LocalDate.parse("2026-11-23");

    @Test
    void a_notification_cannot_be_dated_in_the_future() {
        Verdict verdict = NotificationDatesPolicy.notInFuture("cqcNotifiedOn", TODAY.plusDays(1), TODAY);
        assertEquals(ProblemCode.VALIDATION_FAILED, verdict.code());
        assertEquals("cqcNotifiedOn", verdict.field());
        assertEquals(FieldErrorCode.IN_THE_FUTURE, verdict.fieldCode());
        assertEquals("The date cannot be in the future", verdict.reason());
        assertTrue(NotificationDatesPolicy.notInFuture("cqcNotifiedOn", TODAY, TODAY).isAllowed());
        assertTrue(NotificationDatesPolicy.notInFuture("cqcNotifiedOn", null, TODAY).isAllowed());
    }

    @Test
    void the_initial_report_cannot_be_dated_before_the_event_occurred() {
        LocalDate occurred = LocalDate.parse("2026-11-20");
        Verdict verdict = NotificationDatesPolicy.notBeforeEvent(occurred.minusDays(1), occurred);
        assertEquals("initialReportSentOn", verdict.field());
        assertEquals(FieldErrorCode.BEFORE_EVENT, verdict.fieldCode());
        assertEquals("The initial report cannot be dated before the event occurred (2026-11-20)", verdict.reason());
        assertTrue(NotificationDatesPolicy.notBeforeEvent(occurred, occurred).isAllowed());
        assertTrue(NotificationDatesPolicy.notBeforeEvent(null, occurred).isAllowed());
    }
}
