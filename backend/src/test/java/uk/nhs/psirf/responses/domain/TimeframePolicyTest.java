package uk.nhs.psirf.responses.domain;

import org.junit.jupiter.api.Test;
import uk.nhs.psirf.kernel.ResponseType;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** "Completed within one to three months, and within a maximum of 6 months" (policy §13). */
class TimeframePolicyTest {
    private static final LocalDate STARTED = LocalDate.of(2026, 11, 23);

    @Test
    void a_response_cannot_be_extended_beyond_six_months() {
        assertFalse(TimeframePolicy.isBeyondSixMonths(STARTED, LocalDate.of(2027, 5, 23)));
        assertTrue(TimeframePolicy.isBeyondSixMonths(STARTED, LocalDate.of(2027, 5, 24)));
    }

    @Test
    void a_psii_gets_three_months_and_a_swarm_huddle_one() {
        assertEquals(LocalDate.of(2027, 2, 23), TimeframePolicy.defaultTarget(ResponseType.PSII, STARTED));
        assertEquals(LocalDate.of(2026, 12, 23), TimeframePolicy.defaultTarget(ResponseType.SWARM_HUDDLE, STARTED));
        assertEquals(3, TimeframePolicy.defaultMonths(ResponseType.MULTI_INCIDENT_REVIEW));
        assertEquals(1, TimeframePolicy.defaultMonths(ResponseType.AFTER_ACTION_REVIEW));
    }
}
