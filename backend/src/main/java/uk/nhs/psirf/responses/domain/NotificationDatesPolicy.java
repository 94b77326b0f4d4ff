package uk.nhs.psirf.responses.domain;

import java.time.LocalDate;

/**
 * A notification is recorded once made, so its date is not in the future; the initial report describes the
 * event, so it cannot be dated before the (earliest) event occurred. Dates are UK dates.
 */
public final class NotificationDatesPolicy {
    private NotificationDatesPolicy() {
    }

    public static boolean isInFuture(LocalDate date, LocalDate today) {
        return date != null && date.isAfter(today);
    }

    public static boolean isBeforeEvent(LocalDate initialReportSentOn, LocalDate earliestEventOccurredOn) {
        return initialReportSentOn != null && initialReportSentOn.isBefore(earliestEventOccurredOn);
    }
}
