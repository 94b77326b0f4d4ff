package uk.nhs.psirf.partners.domain;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SessionDatesPolicyTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    @Test
    void a_supervision_session_cannot_be_recorded_before_it_has_happened() {
        assertFalse(SessionDatesPolicy.hasHappened(TODAY.plusDays(1), TODAY));
        assertTrue(SessionDatesPolicy.hasHappened(TODAY, TODAY));
    }

    @Test
    void the_next_supervision_session_is_after_the_one_recorded() {
        assertFalse(SessionDatesPolicy.nextIsAfter(TODAY, TODAY));
        assertTrue(SessionDatesPolicy.nextIsAfter(TODAY, TODAY.plusDays(1)));
        assertTrue(SessionDatesPolicy.nextIsAfter(TODAY, null));
    }
}
