package uk.nhs.psirf.coaches.domain;

import org.junit.jupiter.api.Test;
import uk.nhs.psirf.platform.security.Stamp;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * 000_* Appendix 2: "Attend supervision sessions with the local Improvement Advisor"; issue 12 §6: supervision
 * "flagged when none for three months, as for partners".
 */
class CoachSupervisionPolicyTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    private static final LocalDate STARTED = LocalDate.of(2025, 1, 6);
    private static final Stamp IVY = new Stamp("ivy-sub", "Ivy Advisor", Instant.parse("2025-01-06T10:00:00Z"));

    @Test
    void a_coach_with_no_supervision_for_three_months_is_flagged() {
        Coach coach = coach(STARTED, null);
        assertTrue(CoachSupervisionPolicy.isOverdue(coach, TODAY.minusMonths(3).minusDays(1), TODAY));
        assertFalse(CoachSupervisionPolicy.isOverdue(coach, TODAY.minusMonths(3), TODAY));
        assertEquals(TODAY.minusDays(1), CoachSupervisionPolicy.dueBy(STARTED, TODAY.minusMonths(3).minusDays(1)));
    }

    @Test
    void a_new_coach_is_not_flagged_until_three_months_after_they_started_without_a_session() {
        assertFalse(CoachSupervisionPolicy.isOverdue(coach(TODAY.minusMonths(3), null), null, TODAY));
        assertTrue(CoachSupervisionPolicy.isOverdue(coach(TODAY.minusMonths(3).minusDays(1), null), null, TODAY));
        assertEquals(LocalDate.of(2025, 4, 6), CoachSupervisionPolicy.dueBy(STARTED, null));
    }

    @Test
    void a_coach_who_has_ended_or_not_yet_started_is_never_flagged() {
        assertFalse(CoachSupervisionPolicy.isOverdue(coach(STARTED, TODAY.minusDays(1)), null, TODAY));
        assertTrue(CoachSupervisionPolicy.isOverdue(coach(STARTED, TODAY), null, TODAY));
        assertFalse(CoachSupervisionPolicy.isOverdue(coach(TODAY.plusDays(1), null), null, TODAY));
    }

    static Coach coach(LocalDate startedOn, LocalDate endedOn) {
        Coach coach = Coach.enrol(UUID.randomUUID(), CoachKind.LIVED_EXPERIENCE, 3L, startedOn, IVY);
        coach.change(CoachKind.LIVED_EXPERIENCE, 3L, startedOn, endedOn, IVY);
        return coach;
    }
}
