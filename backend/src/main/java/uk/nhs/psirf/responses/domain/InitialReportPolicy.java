package uk.nhs.psirf.responses.domain;

import uk.nhs.psirf.kernel.ResponseType;
import uk.nhs.psirf.platform.time.ClockProducer;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A PSII's initial report goes to the partner organisations at day 3 (policy §12.4), counted from the UK date the
 * first event was reported. It is overdue from the day after, until sent. Other responses need none unless one is sent.
 * Once the response is closed an unsent report is no longer due: it is "closed".
 */
public final class InitialReportPolicy {
    static final int DAYS_TO_INITIAL_REPORT = 3;

    private InitialReportPolicy() {
    }

    public static LocalDate dueOn(Instant firstReportedAt) {
        return firstReportedAt.atZone(ClockProducer.UK).toLocalDate().plusDays(DAYS_TO_INITIAL_REPORT);
    }

    public static InitialReportStatus status(ResponseType type, LocalDate dueOn, LocalDate sentOn, LocalDate today,
                                             boolean closed) {
        if (sentOn != null) {
            return InitialReportStatus.SENT;
        }
        if (type != ResponseType.PSII) {
            return InitialReportStatus.NOT_REQUIRED;
        }
        if (closed) {
            return InitialReportStatus.CLOSED;
        }
        return today.isAfter(dueOn) ? InitialReportStatus.OVERDUE : InitialReportStatus.DUE;
    }
}
