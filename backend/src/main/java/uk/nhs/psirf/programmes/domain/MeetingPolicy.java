package uk.nhs.psirf.programmes.domain;

import uk.nhs.psirf.platform.error.FieldErrorCode;
import uk.nhs.psirf.platform.rules.Verdict;

import java.time.LocalDate;

/**
 * A meeting is recorded once it has been held; a reflective practice session names its facilitator and its theme
 * (001_*: reflective practice sessions after reading the pack, led by a facilitator, around a scenario or theme).
 */
public final class MeetingPolicy {
    static final String NOT_HELD_YET = "The date of the meeting must be today or in the past";
    static final String FACILITATOR = "Enter who facilitated the reflective practice session";
    static final String THEME = "Enter the theme of the reflective practice session";

    private MeetingPolicy() {
    }

    public static Verdict check(MeetingKind kind, LocalDate heldOn, LocalDate today, String theme, String facilitator) {
        boolean reflective = kind == MeetingKind.REFLECTIVE_PRACTICE;
        return Verdict.all(
                Verdict.allowedIf(!heldOn.isAfter(today),
                        () -> Verdict.invalid("heldOn", FieldErrorCode.IN_THE_FUTURE, NOT_HELD_YET)),
                Verdict.allowedIf(!reflective || facilitator != null,
                        () -> Verdict.invalid("facilitator", FieldErrorCode.REQUIRED, FACILITATOR)),
                Verdict.allowedIf(!reflective || theme != null,
                        () -> Verdict.invalid("theme", FieldErrorCode.REQUIRED, THEME)));
    }
}
