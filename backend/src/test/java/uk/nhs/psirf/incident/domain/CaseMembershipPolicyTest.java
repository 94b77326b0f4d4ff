package uk.nhs.psirf.incident.domain;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** "An event is in at most one case, and only an open event may join one; a decided case cannot change." */
class CaseMembershipPolicyTest {
    private static final Instant AT = Instant.parse("2026-11-23T12:00:00Z");

    @Test
    void anEventIsInAtMostOneCaseAndOnlyAnOpenEventMayJoinOne() {
        UUID thisCase = UUID.randomUUID();
        PatientSafetyEvent open = Events.reportedBy("k1", false);
        assertEquals(Optional.empty(), CaseMembershipPolicy.refusalToJoin(open, null));
        assertEquals(Optional.empty(), CaseMembershipPolicy.refusalToJoin(open, thisCase));

        PatientSafetyEvent inAnotherCase = Events.reportedBy("k2", false);
        inAnotherCase.groupInto(UUID.randomUUID());
        assertEquals(Optional.of(CaseMembershipPolicy.Refusal.ALREADY_IN_CASE),
                CaseMembershipPolicy.refusalToJoin(inAnotherCase, thisCase));
        assertEquals(Optional.of(CaseMembershipPolicy.Refusal.ALREADY_IN_CASE),
                CaseMembershipPolicy.refusalToJoin(inAnotherCase, null));

        PatientSafetyEvent duplicate = Events.reportedBy("k3", false);
        duplicate.closeAsDuplicateOf(open, "sub", "Pat", AT);
        assertEquals(Optional.of(CaseMembershipPolicy.Refusal.EVENT_CLOSED),
                CaseMembershipPolicy.refusalToJoin(duplicate, thisCase));

        PatientSafetyEvent closed = Events.reportedBy("k4", false);
        closed.triage(EventStatus.CLOSED, null, 1, 1, null, "sub", "Pat", AT);
        assertEquals(Optional.of(CaseMembershipPolicy.Refusal.EVENT_CLOSED),
                CaseMembershipPolicy.refusalToJoin(closed, null));

        assertEquals(Optional.of(CaseMembershipPolicy.Refusal.UNKNOWN_EVENT),
                CaseMembershipPolicy.refusalToJoin(null, thisCase));
    }

    @Test
    void anEventAlreadyInTheCaseStaysWhateverItsStatus() {
        UUID thisCase = UUID.randomUUID();
        PatientSafetyEvent member = Events.reportedBy("k1", false);
        member.groupInto(thisCase);
        member.triage(EventStatus.CLOSED, null, 1, 1, null, "sub", "Pat", AT);
        assertEquals(Optional.empty(), CaseMembershipPolicy.refusalToJoin(member, thisCase));
    }

    @Test
    void aDecidedCaseCannotChange() {
        TriageCase triageCase = TriageCase.open("CASE-2026-0001", "Heel ulcers", null, "sub", "Pat", AT);
        assertTrue(CaseMembershipPolicy.mayChange(triageCase));
        triageCase.markDecided(AT);
        assertFalse(CaseMembershipPolicy.mayChange(triageCase));
    }
}
