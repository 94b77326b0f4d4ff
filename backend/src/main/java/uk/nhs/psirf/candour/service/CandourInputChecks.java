package uk.nhs.psirf.candour.service;

import uk.nhs.psirf.candour.api.CandourDecisionInput;
import uk.nhs.psirf.candour.api.CandourStepsInput;
import uk.nhs.psirf.candour.domain.CandourStepRules;
import uk.nhs.psirf.candour.domain.CandourSteps;
import uk.nhs.psirf.platform.error.FieldError;
import uk.nhs.psirf.platform.error.FieldErrorCode;
import uk.nhs.psirf.platform.error.ValidationFailedException;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Checks what bean validation cannot: the fields of a candour input against each other, the event and today. */
final class CandourInputChecks {
    static final FieldErrorCode DATE_AND_REASON = FieldErrorCode.DATE_AND_REASON;
    static final FieldErrorCode BEFORE_VERBAL = FieldErrorCode.BEFORE_VERBAL;
    static final FieldErrorCode BEFORE_EVENT = FieldErrorCode.BEFORE_EVENT;
    static final FieldErrorCode CONTRADICTS_HARM = FieldErrorCode.CONTRADICTS_HARM;

    private CandourInputChecks() {
    }

    static void checkDecision(CandourDecisionInput input) {
        if (input.prolongedPsychologicalHarm() && !input.notifiable()) {
            throw new ValidationFailedException(List.of(new FieldError("notifiable", CONTRADICTS_HARM,
                    "Prolonged psychological harm makes the event notifiable")));
        }
    }

    static CandourSteps checkSteps(CandourStepsInput in, LocalDate today, LocalDate eventOccurredOn) {
        List<FieldError> errors = new ArrayList<>();
        date("verbalNotifiedOn", in.verbalNotifiedOn(), in.verbalNotDoneReason(), today, eventOccurredOn, errors);
        date("writtenSentOn", in.writtenSentOn(), in.writtenNotDoneReason(), today, eventOccurredOn, errors);
        date("findingsSharedOn", in.findingsSharedOn(), in.findingsNotDoneReason(), today, eventOccurredOn, errors);
        if (in.verbalNotifiedOn() != null) {
            if (blank(in.verbalNotifiedBy())) {
                errors.add(new FieldError("verbalNotifiedBy", FieldErrorCode.REQUIRED,
                        "Enter who gave the verbal notification and apology"));
            }
            if (blank(in.verbalNotifiedTo())) {
                errors.add(new FieldError("verbalNotifiedTo", FieldErrorCode.REQUIRED,
                        "Enter who was told, for example the patient or their daughter"));
            }
        }
        if (CandourStepRules.writtenBeforeVerbal(in.verbalNotifiedOn(), in.writtenSentOn())) {
            errors.add(new FieldError("writtenSentOn", BEFORE_VERBAL,
                    "The written notification cannot be sent before the verbal notification"));
        }
        if (!errors.isEmpty()) {
            throw new ValidationFailedException(errors);
        }
        return new CandourSteps(in.verbalNotifiedOn(), text(in.verbalNotifiedBy()), text(in.verbalNotifiedTo()),
                text(in.verbalNotDoneReason()), in.writtenSentOn(), text(in.writtenNotDoneReason()),
                in.findingsSharedOn(), text(in.findingsNotDoneReason()));
    }

    private static void date(String field, LocalDate date, String reason, LocalDate today, LocalDate occurredOn,
                             List<FieldError> errors) {
        if (CandourStepRules.hasDateAndReason(date, reason)) {
            errors.add(new FieldError(field, DATE_AND_REASON,
                    "Enter the date the step was done or why it could not be done, not both"));
        } else if (date != null && date.isAfter(today)) {
            errors.add(new FieldError(field, FieldErrorCode.IN_THE_FUTURE, "The date cannot be in the future"));
        } else if (CandourStepRules.beforeEvent(date, occurredOn)) {
            errors.add(new FieldError(field, BEFORE_EVENT,
                    "The date cannot be before the event occurred (" + occurredOn + ")"));
        }
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private static String text(String value) {
        return blank(value) ? null : value.strip();
    }
}
