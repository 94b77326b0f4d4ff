package uk.nhs.psirf.triage.domain;

import org.junit.jupiter.api.Test;
import uk.nhs.psirf.reporting.domain.EventStatus;
import uk.nhs.psirf.reporting.domain.PatientSafetyEvent;
import uk.nhs.psirf.reporting.domain.TestEvents;

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
        PatientSafetyEvent open = TestEvents.reportedBy("k1", false);
        assertEquals(Optional.empty(), CaseMembershipPolicy.refusalToJoin(open, null));
        assertEquals(Optional.empty(), CaseMembershipPolicy.refusalToJoin(open, thisCase));

        PatientSafetyEvent inAnotherCase = TestEvents.reportedBy("k2", false);
        inAnotherCase.groupInto(UUID.randomUUID());
        assertEquals(Optional.of(CaseMembershipPolicy.Refusal.ALREADY_IN_CASE),
                CaseMembershipPolicy.refusalToJoin(inAnotherCase, thisCase));
        assertEquals(Optional.of(CaseMembershipPolicy.Refusal.ALREADY_IN_CASE),
                CaseMembershipPolicy.refusalToJoin(inAnotherCase, null));

        PatientSafetyEvent duplicate = TestEvents.reportedBy("k3", false);
        duplicate.closeAsDuplicateOf(open, "sub", "Pat", AT);
        assertEquals(Optional.of(CaseMembershipPolicy.Refusal.EVENT_CLOSED),
                CaseMembershipPolicy.refusalToJoin(duplicate, thisCase));

        PatientSafetyEvent closed = TestEvents.reportedBy("k4", false);
        closed.triage(EventStatus.CLOSED, null, 1, 1, null, "sub", "Pat", AT);
        assertEquals(Optional.of(CaseMembershipPolicy.Refusal.EVENT_CLOSED),
                CaseMembershipPolicy.refusalToJoin(closed, null));

        assertEquals(Optional.of(CaseMembershipPolicy.Refusal.UNKNOWN_EVENT),
                CaseMembershipPolicy.refusalToJoin(null, thisCase));
    }

    @Test
    void anEventAlreadyInTheCaseStaysWhateverItsStatus() {
        UUID thisCase = UUID.randomUUID();
        PatientSafetyEvent member = TestEvents.reportedBy("k1", false);
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
