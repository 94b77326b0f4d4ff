package uk.nhs.psirf.partners.domain;

import org.junit.jupiter.api.Test;
import uk.nhs.psirf.platform.error.FieldErrorCode;
import uk.nhs.psirf.platform.error.ProblemCode;
import uk.nhs.psirf.platform.rules.Verdict;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Policy §3.7, regular supervision: "A supervision session is recorded once it has happened; the next one agreed is after it." */
class SessionDatesPolicyTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    @Test
    void a_supervision_session_cannot_be_recorded_before_it_has_happened() {
        Verdict tomorrow = SessionDatesPolicy.hasHappened(TODAY.plusDays(1), TODAY);
        assertEquals(ProblemCode.VALIDATION_FAILED, tomorrow.code());
        assertEquals("heldOn", tomorrow.field());
        assertEquals(FieldErrorCode.IN_THE_FUTURE, tomorrow.fieldCode());
        assertEquals("The date of the session must be today or in the past", tomorrow.reason());
        assertTrue(SessionDatesPolicy.hasHappened(TODAY, TODAY).isAllowed());
    }

    @Test
    void the_next_supervision_session_is_after_the_one_recorded() {
        Verdict sameDay = SessionDatesPolicy.nextIsAfter(TODAY, TODAY);
        assertEquals(ProblemCode.VALIDATION_FAILED, sameDay.code());
        assertEquals("nextSessionOn", sameDay.field());
        assertEquals(FieldErrorCode.BEFORE_SESSION, sameDay.fieldCode());
        assertEquals("The next session must be after the date of this session", sameDay.reason());
        assertTrue(SessionDatesPolicy.nextIsAfter(TODAY, TODAY.plusDays(1)).isAllowed());
        assertTrue(SessionDatesPolicy.nextIsAfter(TODAY, null).isAllowed());
    }
}
