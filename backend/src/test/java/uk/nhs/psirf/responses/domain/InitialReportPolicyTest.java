package uk.nhs.psirf.responses.domain;

import org.junit.jupiter.api.Test;
import uk.nhs.psirf.kernel.ResponseType;

import java.time.Instant;
import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** "A PSII's initial report is due at day 3 from the day the first event was reported" (policy §12.4). */
class InitialReportPolicyTest {
    private static final LocalDate DUE = LocalDate.parse("2026-07-04");

    @Test
    void the_initial_report_is_due_three_days_after_the_uk_date_the_event_was_reported() {
        assertEquals(LocalDate.parse("2026-11-26"), InitialReportPolicy.dueOn(Instant.parse("2026-11-23T23:30:00Z")));
        // 23:30 UTC in summer is already the next day in the UK
        assertEquals(DUE, InitialReportPolicy.dueOn(Instant.parse("2026-06-30T23:30:00Z")));
    }

    @Test
    void an_initial_report_not_sent_by_the_due_date_is_overdue() {
        assertEquals(InitialReportStatus.DUE, InitialReportPolicy.status(ResponseType.PSII, DUE, null, DUE, false));
        assertEquals(InitialReportStatus.OVERDUE,
                InitialReportPolicy.status(ResponseType.PSII, DUE, null, DUE.plusDays(1), false));
        assertEquals(InitialReportStatus.SENT,
                InitialReportPolicy.status(ResponseType.PSII, DUE, DUE.plusDays(2), DUE.plusDays(5), false));
    }

    @Test
    void a_response_other_than_a_psii_needs_no_initial_report_until_one_is_sent() {
        assertEquals(InitialReportStatus.NOT_REQUIRED,
                InitialReportPolicy.status(ResponseType.SWARM_HUDDLE, DUE, null, DUE.plusDays(10), false));
        assertEquals(InitialReportStatus.SENT,
                InitialReportPolicy.status(ResponseType.SWARM_HUDDLE, DUE, DUE, DUE.plusDays(10), false));
    }

    @Test
    void once_the_response_is_closed_an_unsent_initial_report_is_no_longer_due() {
        assertEquals(InitialReportStatus.CLOSED, InitialReportPolicy.status(ResponseType.PSII, DUE, null, DUE, true));
        assertEquals(InitialReportStatus.CLOSED,
                InitialReportPolicy.status(ResponseType.PSII, DUE, null, DUE.plusDays(1), true));
        assertEquals(InitialReportStatus.SENT,
                InitialReportPolicy.status(ResponseType.PSII, DUE, DUE, DUE.plusDays(10), true));
    }
}
