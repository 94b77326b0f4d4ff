package uk.nhs.psirf.coaching.domain;

import org.junit.jupiter.api.Test;
import uk.nhs.psirf.platform.rules.Verdict;

import java.time.LocalDate;
import java.time.LocalTime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Issue 12, bad input: "Finish time before start ... hours on cancelled sessions". */
class SessionEntryPolicyTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 2);
    private static final LocalTime TWO = LocalTime.of(14, 0);

    @Test
    void a_session_cannot_finish_before_it_starts() {
        Verdict verdict = SessionEntryPolicy.check(SessionEntry.IN_PERSON, false, TODAY, TWO, TWO.minusMinutes(30),
                null, null, null, TODAY);
        assertEquals("finishesAt", verdict.field());
        assertEquals("finish-before-start", verdict.fieldCode().value());
        assertEquals("finish-before-start", SessionEntryPolicy.check(SessionEntry.IN_PERSON, false, TODAY, TWO, TWO,
                null, null, null, TODAY).fieldCode().value());
        assertEquals(90, SessionEntryPolicy.minutes(SessionEntry.IN_PERSON, false, TWO, TWO.plusMinutes(90), null));
    }

    @Test
    void a_cancelled_session_counts_no_hours_and_says_who_cancelled() {
        assertEquals("hours-on-cancelled", SessionEntryPolicy.check(SessionEntry.IN_PERSON, true, TODAY, TWO,
                TWO.plusHours(1), null, Side.COACH, null, TODAY).fieldCode().value());
        assertEquals("hours-on-cancelled", SessionEntryPolicy.check(SessionEntry.EMAIL, true, TODAY, null, null, 30,
                Side.COACH, null, TODAY).fieldCode().value());
        assertEquals("cancelledBy", SessionEntryPolicy.check(SessionEntry.IN_PERSON, true, TODAY, null, null, null,
                null, null, TODAY).field());
        assertEquals("rescheduledTo", SessionEntryPolicy.check(SessionEntry.IN_PERSON, true, TODAY, null, null, null,
                Side.COACHEE, TODAY, TODAY).field());
        assertTrue(SessionEntryPolicy.check(SessionEntry.IN_PERSON, true, TODAY, null, null, null, Side.COACHEE,
                TODAY.plusDays(7), TODAY).isAllowed());
        assertEquals(0, SessionEntryPolicy.minutes(SessionEntry.IN_PERSON, true, null, null, null));
    }

    @Test
    void email_coaching_records_the_time_spent_and_a_session_is_recorded_once_held() {
        assertEquals("minutesSpent", SessionEntryPolicy.check(SessionEntry.EMAIL, false, TODAY, null, null, null,
                null, null, TODAY).field());
        assertEquals(25, SessionEntryPolicy.minutes(SessionEntry.EMAIL, false, null, null, 25));
        assertEquals("in-the-future", SessionEntryPolicy.check(SessionEntry.EMAIL, false, TODAY.plusDays(1), null,
                null, 25, null, null, TODAY).fieldCode().value());
    }
}
