package uk.nhs.psirf.coaches.domain;

import uk.nhs.psirf.platform.error.FieldErrorCode;
import uk.nhs.psirf.platform.rules.Verdict;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A supervision session is recorded once it has happened; the next one agreed is after it; and it is held by an
 * improvement advisor with the coach, so the advisor is someone other than the coach.
 */
public final class SupervisionDatesPolicy {
    private SupervisionDatesPolicy() {
    }

    public static Verdict hasHappened(LocalDate heldOn, LocalDate today) {
        return Verdict.allowedIf(!heldOn.isAfter(today), () -> Verdict.invalid("heldOn", FieldErrorCode.IN_THE_FUTURE,
                "The date of the session must be today or in the past"));
    }

    public static Verdict nextIsAfter(LocalDate heldOn, LocalDate nextSessionOn) {
        return Verdict.allowedIf(nextSessionOn == null || nextSessionOn.isAfter(heldOn), () -> Verdict.invalid(
                "nextSessionOn", FieldErrorCode.BEFORE_SESSION, "The next session must be after the date of this session"));
    }

    public static Verdict advisorIsSomeoneElse(UUID coachPersonId, UUID advisorPersonId) {
        return Verdict.allowedIf(!coachPersonId.equals(advisorPersonId), () -> Verdict.invalid("advisorPersonId",
                FieldErrorCode.ADVISOR_IS_COACH, "The improvement advisor must be someone other than the coach"));
    }
}
