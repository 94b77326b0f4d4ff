package uk.nhs.psirf.programmes.domain;

import org.junit.jupiter.api.Test;
import uk.nhs.psirf.platform.error.FieldError;
import uk.nhs.psirf.platform.rules.Verdict;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 12 item 7: "programmes ... with sessions, attendance ... Attendance feeds each person's training record", so a
 * register says only what happened.
 */
class AttendancePolicyTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 2);

    @Test
    void nobody_is_marked_as_having_attended_a_session_that_has_not_been_held_yet() {
        Verdict attended = AttendancePolicy.outcomeOnlyOnceHeld(2, AttendanceStatus.ATTENDED, TODAY.plusDays(1), TODAY);
        assertEquals("attendees[2].status", attended.field());
        assertEquals("in-the-future", attended.fieldCode().value());
        assertEquals(AttendancePolicy.NOT_HELD_YET, attended.reason());
        assertEquals("in-the-future", AttendancePolicy.outcomeOnlyOnceHeld(0, AttendanceStatus.DID_NOT_ATTEND,
                TODAY.plusDays(1), TODAY).fieldCode().value());
    }

    @Test
    void people_are_booked_on_future_sessions_and_marked_from_the_day_of_the_session() {
        assertTrue(AttendancePolicy.outcomeOnlyOnceHeld(0, AttendanceStatus.BOOKED, TODAY.plusDays(30), TODAY)
                .isAllowed());
        assertTrue(AttendancePolicy.outcomeOnlyOnceHeld(0, AttendanceStatus.ATTENDED, TODAY, TODAY).isAllowed());
        assertTrue(AttendancePolicy.outcomeOnlyOnceHeld(0, AttendanceStatus.DID_NOT_ATTEND, TODAY.minusDays(3), TODAY)
                .isAllowed());
    }

    @Test
    void a_person_is_on_a_register_once_and_every_repeat_is_named() {
        UUID sam = UUID.randomUUID();
        UUID cara = UUID.randomUUID();
        Verdict twice = AttendancePolicy.eachPersonOnce(List.of(sam, cara, sam, sam));
        assertEquals(List.of("attendees[2].personId", "attendees[3].personId"),
                twice.errors().stream().map(FieldError::field).toList());
        assertEquals("duplicate", twice.fieldCode().value());
        assertTrue(AttendancePolicy.eachPersonOnce(List.of(sam, cara)).isAllowed());
        assertTrue(AttendancePolicy.eachPersonOnce(Arrays.asList(sam, null, null)).isAllowed(),
                "a missing person is reported by the validation of that field, not as a repeat");
    }
}
