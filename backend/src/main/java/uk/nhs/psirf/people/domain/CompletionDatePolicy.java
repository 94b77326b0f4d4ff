package uk.nhs.psirf.people.domain;

import uk.nhs.psirf.platform.error.FieldErrorCode;
import uk.nhs.psirf.platform.rules.Verdict;

import java.time.LocalDate;

/** Training and CPD are recorded once done: a completion date may be today or earlier, never later. */
public final class CompletionDatePolicy {
    private CompletionDatePolicy() {
    }

    /** {@code field} is where the date was given, e.g. {@code training[0].completedOn}. */
    public static Verdict acceptable(String field, LocalDate completedOn, LocalDate today) {
        return Verdict.allowedIf(completedOn == null || !completedOn.isAfter(today), () -> Verdict.invalid(field,
                FieldErrorCode.IN_THE_FUTURE, "The date must be today or in the past"));
    }
}
