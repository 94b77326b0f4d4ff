package uk.nhs.psirf.responses.domain;

import java.time.LocalDate;
import java.util.List;

/**
 * The dates of a started response as seen on {@code today}: the target and the six-month limit move on by the days
 * spent paused, because the clock stops while a response is paused. Once the response is closed its due status is
 * "closed".
 */
public record Timeframe(LocalDate startedOn, LocalDate defaultTargetOn, LocalDate activeTargetOn, long pausedDays,
                        boolean closed) {

    public static Timeframe of(LocalDate startedOn, LocalDate defaultTargetOn, LocalDate activeTargetOn,
                               List<Pause> pauses, LocalDate today, boolean closed) {
        long paused = pauses.stream().mapToLong(p -> p.days(today)).sum();
        return new Timeframe(startedOn, defaultTargetOn, activeTargetOn, paused, closed);
    }

    public LocalDate targetOn() {
        return activeTargetOn.plusDays(pausedDays);
    }

    public LocalDate latestAllowedOn() {
        return TimeframePolicy.latestActiveTarget(startedOn).plusDays(pausedDays);
    }

    /** {@code shownTarget} as a target in active days. */
    public LocalDate activeDate(LocalDate shownTarget) {
        return shownTarget.minusDays(pausedDays);
    }

    public DueStatus dueStatus(LocalDate today) {
        return DueStatusPolicy.status(targetOn(), today, closed);
    }
}
