package uk.nhs.psirf.coaches.domain;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** 000_* Appendix 2: the coach will "attend supervision sessions with the local Improvement Advisor". */
class SupervisionDatesPolicyTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    @Test
    void a_session_is_recorded_once_it_has_happened() {
        assertTrue(SupervisionDatesPolicy.hasHappened(TODAY, TODAY).isAllowed());
        assertEquals("in-the-future", SupervisionDatesPolicy.hasHappened(TODAY.plusDays(1), TODAY).fieldCode().value());
    }

    @Test
    void the_next_session_agreed_is_after_this_one() {
        assertTrue(SupervisionDatesPolicy.nextIsAfter(TODAY, null).isAllowed());
        assertTrue(SupervisionDatesPolicy.nextIsAfter(TODAY, TODAY.plusDays(1)).isAllowed());
        assertEquals("before-session", SupervisionDatesPolicy.nextIsAfter(TODAY, TODAY).fieldCode().value());
    }

    @Test
    void a_coach_is_supervised_by_an_advisor_who_is_someone_else() {
        UUID cara = UUID.randomUUID();
        assertTrue(SupervisionDatesPolicy.advisorIsSomeoneElse(cara, UUID.randomUUID()).isAllowed());
        assertEquals("advisor-is-coach", SupervisionDatesPolicy.advisorIsSomeoneElse(cara, cara).fieldCode().value());
    }
}
