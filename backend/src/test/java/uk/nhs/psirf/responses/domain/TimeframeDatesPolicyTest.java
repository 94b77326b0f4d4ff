package uk.nhs.psirf.responses.domain;

import org.junit.jupiter.api.Test;
import uk.nhs.psirf.platform.error.FieldErrorCode;
import uk.nhs.psirf.platform.error.ProblemCode;
import uk.nhs.psirf.platform.rules.Verdict;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Policy §13.1: "will be completed within one to three months, and within a maximum of 6 months"; "in exceptional
 * circumstances (e.g. when a partner organisation requests an investigation is paused), a longer timeframe may be
 * needed ... any extension to timescales will be agreed with those affected".
 */
class TimeframeDatesPolicyTest {
    private static final LocalDate STARTED = LocalDate.of(2026, 11, 23);
    private static final LocalDate DEFAULT_TARGET = LocalDate.of(2027, 2, 23);
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 10);
    private static final Timeframe TIMEFRAME = new Timeframe(STARTED, DEFAULT_TARGET, DEFAULT_TARGET, 0, false);

    @Test
    void a_target_set_without_an_extension_lies_between_the_start_and_the_default_target() {
        assertTrue(TimeframeDatesPolicy.targetWithoutExtension(TIMEFRAME, STARTED).isAllowed());
        assertTrue(TimeframeDatesPolicy.targetWithoutExtension(TIMEFRAME, DEFAULT_TARGET).isAllowed());
        assertInvalid(TimeframeDatesPolicy.targetWithoutExtension(TIMEFRAME, STARTED.minusDays(1)),
                "targetCompletionOn", FieldErrorCode.BEFORE_START,
                "The target cannot be before the response started (2026-11-23)");
        assertInvalid(TimeframeDatesPolicy.targetWithoutExtension(TIMEFRAME, DEFAULT_TARGET.plusDays(1)),
                "targetCompletionOn", FieldErrorCode.AFTER_DEFAULT, "The target can be at most 2027-02-23; record an "
                        + "extension, agreed with those affected, for a later date");
    }

    @Test
    void the_days_spent_paused_move_the_default_target_on() {
        Timeframe pausedTenDays = new Timeframe(STARTED, DEFAULT_TARGET, DEFAULT_TARGET, 10, false);
        assertTrue(TimeframeDatesPolicy.targetWithoutExtension(pausedTenDays, DEFAULT_TARGET.plusDays(10))
                .isAllowed());
        assertEquals("The target can be at most 2027-03-05; record an extension, agreed with those affected, for a "
                + "later date", TimeframeDatesPolicy.targetWithoutExtension(pausedTenDays, DEFAULT_TARGET.plusDays(11))
                .reason());
    }

    @Test
    void an_extension_moves_the_target_later_and_never_beyond_six_months() {
        assertTrue(TimeframeDatesPolicy.extendedTarget(TIMEFRAME, DEFAULT_TARGET.plusDays(1)).isAllowed());
        assertInvalid(TimeframeDatesPolicy.extendedTarget(TIMEFRAME, DEFAULT_TARGET), "newTargetOn",
                FieldErrorCode.NOT_LATER, "The new target must be after the current target (2027-02-23)");
        assertInvalid(TimeframeDatesPolicy.extendedTarget(TIMEFRAME, LocalDate.of(2027, 5, 24)), "newTargetOn",
                FieldErrorCode.BEYOND_SIX_MONTHS, "A response cannot run beyond six months; the latest target is "
                        + "2027-05-23");
    }

    @Test
    void a_pause_starts_after_the_response_started_and_the_last_pause_ended_and_not_in_the_future() {
        List<Pause> earlier = List.of(new Pause(LocalDate.of(2026, 11, 25), "Police request",
                LocalDate.of(2026, 12, 1)));
        assertTrue(TimeframeDatesPolicy.pauseStart(TIMEFRAME, earlier, LocalDate.of(2026, 12, 1), TODAY).isAllowed());
        assertTrue(TimeframeDatesPolicy.pauseStart(TIMEFRAME, List.of(), TODAY, TODAY).isAllowed());
        assertInvalid(TimeframeDatesPolicy.pauseStart(TIMEFRAME, List.of(), STARTED.minusDays(1), TODAY), "startedOn",
                FieldErrorCode.BEFORE_START, "The pause cannot start before the response started (2026-11-23)");
        assertInvalid(TimeframeDatesPolicy.pauseStart(TIMEFRAME, List.of(), TODAY.plusDays(1), TODAY), "startedOn",
                FieldErrorCode.IN_THE_FUTURE, "The date cannot be in the future");
        assertInvalid(TimeframeDatesPolicy.pauseStart(TIMEFRAME, earlier, LocalDate.of(2026, 11, 30), TODAY),
                "startedOn", FieldErrorCode.OVERLAPS_PAUSE,
                "The pause cannot start before the last pause ended (2026-12-01)");
    }

    @Test
    void a_response_resumes_after_its_pause_started_and_not_in_the_future() {
        Pause open = new Pause(LocalDate.of(2026, 12, 5), "Police request", null);
        assertTrue(TimeframeDatesPolicy.resumption(open, LocalDate.of(2026, 12, 5), TODAY).isAllowed());
        assertInvalid(TimeframeDatesPolicy.resumption(open, LocalDate.of(2026, 12, 4), TODAY), "resumedOn",
                FieldErrorCode.BEFORE_PAUSE, "The response cannot resume before the pause started (2026-12-05)");
        assertInvalid(TimeframeDatesPolicy.resumption(open, TODAY.plusDays(1), TODAY), "resumedOn",
                FieldErrorCode.IN_THE_FUTURE, "The date cannot be in the future");
    }

    private static void assertInvalid(Verdict verdict, String field, FieldErrorCode code, String reason) {
        assertEquals(ProblemCode.VALIDATION_FAILED, verdict.code());
        assertEquals(field, verdict.field());
        assertEquals(code, verdict.fieldCode());
        assertEquals(reason, verdict.reason());
    }
}
