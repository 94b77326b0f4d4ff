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
 * Issue 12 §8: "a coach sees and writes only their own contracts, records, supervision"; "the improvement advisor
 * sees all coaching"; §6: supervision "notes visible to the two of them".
 */
class CoachRegisterPolicyTest {
    private static final Stamp IVY = new Stamp("ivy-sub", "Ivy Advisor", Instant.parse("2026-10-14T15:00:00Z"));
    private static final UUID CARA_ENTRY = UUID.randomUUID();
    private static final UUID CARA = UUID.randomUUID();
    private static final UUID IVY_PERSON = UUID.randomUUID();
    private static final UUID ALEX_PERSON = UUID.randomUUID();

    @Test
    void a_coach_reads_their_own_entry_and_no_other_coachs() {
        assertTrue(CoachRegisterPolicy.mayRead(false, CARA_ENTRY, CARA_ENTRY).isAllowed());
        assertTrue(CoachRegisterPolicy.mayRead(false, CARA_ENTRY, UUID.randomUUID()).isRefused());
        assertTrue(CoachRegisterPolicy.mayRead(false, null, CARA_ENTRY).isRefused());
    }

    @Test
    void the_improvement_advisor_reads_every_entry() {
        assertTrue(CoachRegisterPolicy.mayRead(true, null, CARA_ENTRY).isAllowed());
    }

    @Test
    void nobody_keeps_their_own_entry_or_records_their_own_supervision() {
        assertTrue(CoachRegisterPolicy.mayKeep(CARA, CARA).isRefused());
        assertEquals("forbidden", CoachRegisterPolicy.mayKeep(CARA, CARA).code().value());
        assertTrue(CoachRegisterPolicy.mayKeep(IVY_PERSON, CARA).isAllowed());
        assertTrue(CoachRegisterPolicy.mayKeep(null, CARA).isAllowed());
    }

    @Test
    void the_notes_of_a_supervision_session_are_read_only_by_the_coach_and_the_advisor_who_held_it() {
        CoachSupervisionSession session = CoachSupervisionSession.record(CARA_ENTRY, LocalDate.of(2026, 10, 14),
                IVY_PERSON, "Talked through the first team session.", null, IVY);
        assertTrue(CoachRegisterPolicy.maySeeNotes(CARA, "cara-sub", CARA, session));
        assertTrue(CoachRegisterPolicy.maySeeNotes(IVY_PERSON, "another-sub", CARA, session));
        assertTrue(CoachRegisterPolicy.maySeeNotes(null, "ivy-sub", CARA, session), "who recorded them wrote them");
        assertFalse(CoachRegisterPolicy.maySeeNotes(ALEX_PERSON, "alex-sub", CARA, session));
        assertFalse(CoachRegisterPolicy.maySeeNotes(null, "alex-sub", CARA, session));
    }

    @Test
    void coaching_ends_on_or_after_the_day_it_started() {
        LocalDate start = LocalDate.of(2026, 6, 1);
        assertTrue(CoachRegisterPolicy.endsOnOrAfterStart(start, start).isAllowed());
        assertTrue(CoachRegisterPolicy.endsOnOrAfterStart(start, null).isAllowed());
        assertEquals("endedOn", CoachRegisterPolicy.endsOnOrAfterStart(start, start.minusDays(1)).field());
    }
}
