package uk.nhs.psirf.responses.domain;

import uk.nhs.psirf.platform.error.FieldErrorCode;

import uk.nhs.psirf.kernel.ResponseType;
import uk.nhs.psirf.platform.rules.Verdict;

import java.time.LocalDate;

/**
 * Policy §12.3-§13: a learning response is completed within one to three months of its start, and within six months
 * at most. A PSII (and a multi-incident review, which is as thorough) gets three months; a swarm huddle and an after
 * action review, rapid by design, one month. The six months count active days: the days spent paused are added on.
 */
public final class TimeframePolicy {
    public static final int MAXIMUM_MONTHS = 6;
    private TimeframePolicy() {
    }

    public static int defaultMonths(ResponseType type) {
        return switch (type) {
            case PSII, MULTI_INCIDENT_REVIEW -> 3;
            default -> 1;
        };
    }

    public static LocalDate defaultTarget(ResponseType type, LocalDate startedOn) {
        return startedOn.plusMonths(defaultMonths(type));
    }

    /** The latest target any extension may set, in active days (before the paused days are added). */
    public static LocalDate latestActiveTarget(LocalDate startedOn) {
        return startedOn.plusMonths(MAXIMUM_MONTHS);
    }

    /**
     * {@code newTarget} is the target asked for, as shown (with the days spent paused); the six months count active
     * days only.
     */
    public static Verdict withinSixMonths(Timeframe timeframe, LocalDate newTarget) {
        return Verdict.allowedIf(!timeframe.activeDate(newTarget).isAfter(latestActiveTarget(timeframe.startedOn())),
                () -> Verdict.invalid("newTargetOn", FieldErrorCode.BEYOND_SIX_MONTHS,
                        "A response cannot run beyond six months;"
                        + " the latest target is " + timeframe.latestAllowedOn()));
    }
}
