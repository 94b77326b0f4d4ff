package uk.nhs.psirf.reporting.domain;

import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** "An event cannot be reported as happening in the future." */
class OccurredAtPolicyTest {
    private static final Instant NOW = Instant.parse("2026-11-23T12:00:00Z");
    private final OccurredAtPolicy policy = new OccurredAtPolicy(Clock.fixed(NOW, ZoneOffset.UTC));

    @Test
    void anEventInThePastIsAllowed() {
        assertTrue(policy.allows(NOW.minus(Duration.ofDays(3))));
    }

    @Test
    void anEventTomorrowIsRefused() {
        assertFalse(policy.allows(NOW.plus(Duration.ofDays(1))));
    }

    @Test
    void aPhoneClockAFewMinutesAheadIsTolerated() {
        assertTrue(policy.allows(NOW.plus(Duration.ofMinutes(2))));
        assertFalse(policy.allows(NOW.plus(OccurredAtPolicy.CLOCK_SKEW_ALLOWANCE).plusSeconds(1)));
    }
}
