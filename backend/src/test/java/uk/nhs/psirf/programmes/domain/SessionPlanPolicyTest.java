package uk.nhs.psirf.programmes.domain;

import org.junit.jupiter.api.Test;
import uk.nhs.psirf.platform.error.FieldError;
import uk.nhs.psirf.platform.rules.Verdict;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Issue 12 item 7: each programme has "sessions (date, time, venue or online, facilitator)". */
class SessionPlanPolicyTest {
    private static final LocalDate DAY = LocalDate.of(2027, 1, 14);

    @Test
    void a_session_finishes_after_it_starts_and_is_held_at_a_venue_or_online() {
        Verdict backwards = SessionPlanPolicy.check(new SessionPlan(DAY, LocalTime.of(12, 30), LocalTime.of(9, 30),
                null, false, "Ivy Advisor"));
        assertEquals(List.of("endsAt", "venue"), backwards.errors().stream().map(FieldError::field).toList());
        assertEquals(List.of("before-start", "required"),
                backwards.errors().stream().map(e -> e.code().value()).toList());
        assertEquals("before-start", SessionPlanPolicy.check(new SessionPlan(DAY, LocalTime.of(9, 30),
                LocalTime.of(9, 30), "Room 2", false, "Ivy")).fieldCode().value());
    }

    @Test
    void an_online_session_needs_no_venue() {
        assertTrue(SessionPlanPolicy.check(new SessionPlan(DAY, LocalTime.of(9, 30), LocalTime.of(12, 30), null, true,
                "Ivy Advisor")).isAllowed());
        assertTrue(SessionPlanPolicy.check(new SessionPlan(DAY, LocalTime.of(9, 30), LocalTime.of(12, 30), "Room 2",
                false, "Ivy Advisor")).isAllowed());
    }
}
