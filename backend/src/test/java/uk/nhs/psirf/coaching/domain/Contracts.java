package uk.nhs.psirf.coaching.domain;

import uk.nhs.psirf.platform.security.Stamp;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;

/** Contracts and records built in memory for the policy tests. */
final class Contracts {
    static final Stamp CARA = new Stamp("cara-sub", "Cara Coach", Instant.parse("2026-09-01T09:00:00Z"));
    static final Stamp SAM = new Stamp("sam-sub", "Sam Staff", Instant.parse("2026-09-02T09:00:00Z"));
    static final UUID COACH = UUID.randomUUID();

    private Contracts() {
    }

    static CoachingContract draft(boolean onQiCourse) {
        return CoachingContract.draft(new ContractTerms(List.of(COACH), ContractTerms.TEAM, UUID.randomUUID(),
                "Ward 7 falls team", List.of(CoachingAim.SHARE_KNOWLEDGE), "About monthly", 60, null, onQiCourse),
                CARA);
    }

    static CoachingContract agreed() {
        CoachingContract contract = draft(true);
        contract.accept(Side.COACH, CARA);
        contract.accept(Side.COACHEE, SAM);
        return contract;
    }

    static CoachingRecord held(CoachingContract contract, LocalDate on, int minutes, LocalDate next) {
        LocalTime start = LocalTime.of(14, 0);
        return CoachingRecord.record(contract.id(), new SessionEntry(on, SessionEntry.IN_PERSON, false, start,
                start.plusMinutes(minutes), minutes, "Measures", null, List.of(), next, null, null, null), CARA);
    }

    static CoachingRecord cancelled(CoachingContract contract, LocalDate on, LocalDate rescheduledTo) {
        return CoachingRecord.record(contract.id(), new SessionEntry(on, SessionEntry.IN_PERSON, true, null, null, 0,
                null, null, List.of(), null, Side.COACHEE, rescheduledTo, Side.COACHEE), CARA);
    }
}
