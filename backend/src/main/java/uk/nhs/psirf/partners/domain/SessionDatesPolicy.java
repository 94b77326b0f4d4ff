package uk.nhs.psirf.partners.domain;

import uk.nhs.psirf.platform.error.FieldErrorCode;
import uk.nhs.psirf.platform.rules.Verdict;

import java.time.LocalDate;

/** A supervision session is recorded once it has happened; the next one agreed is after it. */
public final class SessionDatesPolicy {
    private SessionDatesPolicy() {
    }

    public static Verdict hasHappened(LocalDate heldOn, LocalDate today) {
        return Verdict.allowedIf(!heldOn.isAfter(today), () -> Verdict.invalid("heldOn", FieldErrorCode.IN_THE_FUTURE,
                "The date of the session must be today or in the past"));
    }

    public static Verdict nextIsAfter(LocalDate heldOn, LocalDate nextSessionOn) {
        return Verdict.allowedIf(nextSessionOn == null || nextSessionOn.isAfter(heldOn), () -> Verdict.invalid(
                "nextSessionOn", FieldErrorCode.BEFORE_SESSION, "The next session must be after the date of this session"));
    }
}
