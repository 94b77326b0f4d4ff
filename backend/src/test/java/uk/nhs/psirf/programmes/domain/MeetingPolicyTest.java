package uk.nhs.psirf.programmes.domain;

import org.junit.jupiter.api.Test;
import uk.nhs.psirf.platform.error.FieldError;
import uk.nhs.psirf.platform.rules.Verdict;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The task: "reflective practice sessions (date, facilitator, theme, notes ...)"; meetings "(date, notes)". */
class MeetingPolicyTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 2);

    @Test
    void a_reflective_practice_session_names_its_facilitator_and_its_theme() {
        Verdict bare = MeetingPolicy.check(MeetingKind.REFLECTIVE_PRACTICE, TODAY, TODAY, null, null);
        assertEquals(List.of("facilitator", "theme"), bare.errors().stream().map(FieldError::field).toList());
        assertEquals("required", bare.fieldCode().value());
        assertTrue(MeetingPolicy.check(MeetingKind.REFLECTIVE_PRACTICE, TODAY, TODAY, "Noticing good practice",
                "Ivy Advisor").isAllowed());
    }

    @Test
    void an_ordinary_meeting_needs_only_its_date_and_is_recorded_once_held() {
        assertTrue(MeetingPolicy.check(MeetingKind.MEETING, TODAY.minusDays(1), TODAY, null, null).isAllowed());
        Verdict tomorrow = MeetingPolicy.check(MeetingKind.MEETING, TODAY.plusDays(1), TODAY, null, null);
        assertEquals("heldOn", tomorrow.field());
        assertEquals("in-the-future", tomorrow.fieldCode().value());
    }
}
