package uk.nhs.psirf.responses.domain;

import uk.nhs.psirf.platform.error.FieldErrorCode;
import uk.nhs.psirf.platform.rules.Verdict;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * The dates that move a started response's timeframe (policy §13.1): "A response will start as soon as possible after
 * an incident is identified and will be completed within one to three months, and within a maximum of 6 months";
 * "in exceptional circumstances (e.g. when a partner organisation requests an investigation is paused), a longer
 * timeframe may be needed ... any extension to timescales will be agreed with those affected". So an earlier target
 * stays between the start and the default target, an extension moves the target later (and within six months,
 * {@link TimeframePolicy}), and pauses follow one another without reaching into the future.
 */
public final class TimeframeDatesPolicy {
    static final String IN_THE_FUTURE = "The date cannot be in the future";

    private TimeframeDatesPolicy() {
    }

    /** A target set without an extension ({@code target} as shown, with the days spent paused). */
    public static Verdict targetWithoutExtension(Timeframe timeframe, LocalDate target) {
        LocalDate active = timeframe.activeDate(target);
        if (active.isBefore(timeframe.startedOn())) {
            return Verdict.invalid("targetCompletionOn", FieldErrorCode.BEFORE_START,
                    "The target cannot be before the response started (" + timeframe.startedOn() + ")");
        }
        return Verdict.allowedIf(!active.isAfter(timeframe.defaultTargetOn()),
                () -> Verdict.invalid("targetCompletionOn", FieldErrorCode.AFTER_DEFAULT, "The target can be at most "
                        + timeframe.defaultTargetOn().plusDays(timeframe.pausedDays())
                        + "; record an extension, agreed with those affected, for a later date"));
    }

    /** An extension's new target: after the current one, and within six months. */
    public static Verdict extendedTarget(Timeframe timeframe, LocalDate newTarget) {
        if (!newTarget.isAfter(timeframe.targetOn())) {
            return Verdict.invalid("newTargetOn", FieldErrorCode.NOT_LATER,
                    "The new target must be after the current target (" + timeframe.targetOn() + ")");
        }
        return TimeframePolicy.withinSixMonths(timeframe, newTarget);
    }

    /** A pause from {@code on}: not before the response started, nor in the future, nor before the last pause ended. */
    public static Verdict pauseStart(Timeframe timeframe, List<Pause> pauses, LocalDate on, LocalDate today) {
        if (on.isBefore(timeframe.startedOn())) {
            return Verdict.invalid("startedOn", FieldErrorCode.BEFORE_START,
                    "The pause cannot start before the response started (" + timeframe.startedOn() + ")");
        }
        if (on.isAfter(today)) {
            return Verdict.invalid("startedOn", FieldErrorCode.IN_THE_FUTURE, IN_THE_FUTURE);
        }
        LocalDate lastResumed = pauses.stream().map(Pause::resumedOn).filter(Objects::nonNull)
                .max(LocalDate::compareTo).orElse(null);
        return Verdict.allowedIf(lastResumed == null || !on.isBefore(lastResumed),
                () -> Verdict.invalid("startedOn", FieldErrorCode.OVERLAPS_PAUSE,
                        "The pause cannot start before the last pause ended (" + lastResumed + ")"));
    }

    /** The end of the open pause {@code open}: not before it started, not in the future. */
    public static Verdict resumption(Pause open, LocalDate on, LocalDate today) {
        if (on.isBefore(open.startedOn())) {
            return Verdict.invalid("resumedOn", FieldErrorCode.BEFORE_PAUSE,
                    "The response cannot resume before the pause started (" + open.startedOn() + ")");
        }
        return Verdict.allowedIf(!on.isAfter(today),
                () -> Verdict.invalid("resumedOn", FieldErrorCode.IN_THE_FUTURE, IN_THE_FUTURE));
    }
}
