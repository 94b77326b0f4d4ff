package uk.nhs.psirf.reporting.domain;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * An event cannot be reported as happening in the future. A few minutes of leeway allow for a phone
 * whose clock runs slightly ahead of the server's.
 */
public final class OccurredAtPolicy {
    static final Duration CLOCK_SKEW_ALLOWANCE = Duration.ofMinutes(5);

    private final Clock clock;

    public OccurredAtPolicy(Clock clock) {
        this.clock = clock;
    }

    public boolean allows(Instant occurredAt) {
        return occurredAt == null || !occurredAt.isAfter(clock.instant().plus(CLOCK_SKEW_ALLOWANCE));
    }
}
