package uk.nhs.psirf.responses.domain;

import uk.nhs.psirf.platform.error.FieldErrorCode;

import uk.nhs.psirf.platform.rules.Verdict;

import java.time.LocalDate;

/**
 * A notification is recorded once made, so its date is not in the future; the initial report describes the
 * event, so it cannot be dated before the (earliest) event occurred. Dates are UK dates.
 */
public final class NotificationDatesPolicy {
    private NotificationDatesPolicy() {
    }

    /** {@code field} names the date in the request, e.g. {@code otherOrganisations[0].notifiedOn}. */
    public static Verdict notInFuture(String field, LocalDate date, LocalDate today) {
        return Verdict.allowedIf(date == null || !date.isAfter(today),
                () -> Verdict.invalid(field, FieldErrorCode.IN_THE_FUTURE, "The date cannot be in the future"));
    }

    public static Verdict notBeforeEvent(LocalDate initialReportSentOn, LocalDate earliestEventOccurredOn) {
        return Verdict.allowedIf(initialReportSentOn == null || !initialReportSentOn.isBefore(earliestEventOccurredOn),
                () -> Verdict.invalid("initialReportSentOn", FieldErrorCode.BEFORE_EVENT,
                        "The initial report cannot be dated before the event occurred (" + earliestEventOccurredOn
                                + ")"));
    }
}
