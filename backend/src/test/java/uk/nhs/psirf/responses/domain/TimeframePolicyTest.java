package uk.nhs.psirf.responses.domain;

import org.junit.jupiter.api.Test;
import uk.nhs.psirf.platform.error.FieldErrorCode;
import uk.nhs.psirf.platform.error.ProblemCode;
import uk.nhs.psirf.platform.rules.Verdict;
import uk.nhs.psirf.kernel.ResponseType;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** "Completed within one to three months, and within a maximum of 6 months" (policy §13). */
class TimeframePolicyTest {
    private static final LocalDate STARTED = LocalDate.of(2026, 11, 23);

    @Test
    void a_response_cannot_be_extended_beyond_six_months() {
        Timeframe started = new Timeframe(STARTED, LocalDate.of(2027, 2, 23), LocalDate.of(2027, 2, 23), 0, false);
        assertTrue(TimeframePolicy.withinSixMonths(started, LocalDate.of(2027, 5, 23)).isAllowed());
        Verdict verdict = TimeframePolicy.withinSixMonths(started, LocalDate.of(2027, 5, 24));
        assertEquals(ProblemCode.VALIDATION_FAILED, verdict.code());
        assertEquals("newTargetOn", verdict.field());
        assertEquals(FieldErrorCode.BEYOND_SIX_MONTHS, verdict.fieldCode());
        assertEquals("A response cannot run beyond six months; the latest target is 2027-05-23", verdict.reason());
    }

    @Test
    void the_six_months_count_active_days_so_days_spent_paused_are_added_on() {
        Timeframe pausedTenDays = new Timeframe(STARTED, LocalDate.of(2027, 2, 23), LocalDate.of(2027, 2, 23), 10,
                false);
        assertTrue(TimeframePolicy.withinSixMonths(pausedTenDays, LocalDate.of(2027, 6, 2)).isAllowed());
        assertEquals("A response cannot run beyond six months; the latest target is 2027-06-02",
                TimeframePolicy.withinSixMonths(pausedTenDays, LocalDate.of(2027, 6, 3)).reason());
    }

    @Test
    void a_psii_gets_three_months_and_a_swarm_huddle_one() {
        assertEquals(LocalDate.of(2027, 2, 23), TimeframePolicy.defaultTarget(ResponseType.PSII, STARTED));
        assertEquals(LocalDate.of(2026, 12, 23), TimeframePolicy.defaultTarget(ResponseType.SWARM_HUDDLE, STARTED));
        assertEquals(3, TimeframePolicy.defaultMonths(ResponseType.MULTI_INCIDENT_REVIEW));
        assertEquals(1, TimeframePolicy.defaultMonths(ResponseType.AFTER_ACTION_REVIEW));
    }
}
