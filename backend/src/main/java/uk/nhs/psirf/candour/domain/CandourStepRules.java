package uk.nhs.psirf.candour.domain;

import uk.nhs.psirf.platform.error.FieldErrorCode;

import uk.nhs.psirf.platform.rules.Verdict;

import java.time.LocalDate;

/**
 * Each candour step is either done (with its date) or recorded as not possible with the reason, never both; the
 * written notification follows the verbal one, and no step comes before the event or after today. Steps are recorded
 * only for an event decided notifiable.
 */
public final class CandourStepRules {
    private CandourStepRules() {
    }

    /** 409 until the event is decided notifiable. */
    public static Verdict mayRecordSteps(String reference, CandourRecord record) {
        return Verdict.allowedIf(Boolean.TRUE.equals(record.notifiable()), () -> Verdict.conflict(reference
                + " is not decided notifiable; candour steps are recorded once it is."));
    }

    /** One step's date (or the reason it could not be done), named by {@code field}, e.g. {@code writtenSentOn}. */
    public static Verdict dated(String field, LocalDate date, String reason, LocalDate today, LocalDate occurredOn) {
        if (date != null && reason != null && !reason.isBlank()) {
            return Verdict.invalid(field, FieldErrorCode.DATE_AND_REASON,
                    "Enter the date the step was done or why it could not be done, not both");
        }
        if (date != null && date.isAfter(today)) {
            return Verdict.invalid(field, FieldErrorCode.IN_THE_FUTURE, "The date cannot be in the future");
        }
        return Verdict.allowedIf(date == null || !date.isBefore(occurredOn), () -> Verdict.invalid(field,
                FieldErrorCode.BEFORE_EVENT, "The date cannot be before the event occurred (" + occurredOn + ")"));
    }

    public static Verdict writtenAfterVerbal(LocalDate verbalOn, LocalDate writtenOn) {
        return Verdict.allowedIf(verbalOn == null || writtenOn == null || !writtenOn.isBefore(verbalOn),
                () -> Verdict.invalid("writtenSentOn", FieldErrorCode.BEFORE_VERBAL,
                        "The written notification cannot be sent before the verbal notification"));
    }
}
