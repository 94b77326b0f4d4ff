package uk.nhs.psirf.triage.domain;

import org.junit.jupiter.api.Test;
import uk.nhs.psirf.platform.error.FieldErrorCode;
import uk.nhs.psirf.platform.security.Stamp;
import uk.nhs.psirf.reporting.domain.EventStatus;
import uk.nhs.psirf.reporting.domain.PatientSafetyEvent;
import uk.nhs.psirf.reporting.domain.TestEvents;

import java.time.Instant;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static uk.nhs.psirf.triage.domain.Refusals.assertInvalid;

/** "An event is in at most one case, and only an open event may join one; a decided case cannot change." */
class CaseMembershipPolicyTest {
    private static final Stamp BY_PAT = new Stamp("sub", "Pat", Instant.parse("2026-11-23T12:00:00Z"));
    private static final String FIELD = "eventIds[0]";

    @Test
    void anEventIsInAtMostOneCaseAndOnlyAnOpenEventMayJoinOne() {
        UUID thisCase = UUID.randomUUID();
        PatientSafetyEvent open = TestEvents.reportedBy("k1", false);
        assertTrue(CaseMembershipPolicy.mayJoin(open, null, false, FIELD).isAllowed());
        assertTrue(CaseMembershipPolicy.mayJoin(open, thisCase, false, FIELD).isAllowed());

        PatientSafetyEvent inAnotherCase = TestEvents.reportedBy("k2", false);
        inAnotherCase.groupInto(UUID.randomUUID());
        assertInvalid(CaseMembershipPolicy.mayJoin(inAnotherCase, thisCase, false, FIELD), FIELD,
                FieldErrorCode.ALREADY_IN_CASE, "This event is already in another case");
        assertInvalid(CaseMembershipPolicy.mayJoin(inAnotherCase, null, false, FIELD), FIELD,
                FieldErrorCode.ALREADY_IN_CASE, "This event is already in another case");

        PatientSafetyEvent duplicate = TestEvents.reportedBy("k3", false);
        duplicate.closeAsDuplicateOf(open, BY_PAT);
        assertInvalid(CaseMembershipPolicy.mayJoin(duplicate, thisCase, false, FIELD), FIELD,
                FieldErrorCode.EVENT_CLOSED, "This event is closed, decided or a duplicate, so it cannot join a case");

        PatientSafetyEvent closed = TestEvents.reportedBy("k4", false);
        closed.triage(EventStatus.CLOSED, null, 1, 1, null, BY_PAT);
        assertInvalid(CaseMembershipPolicy.mayJoin(closed, null, false, FIELD), FIELD, FieldErrorCode.EVENT_CLOSED,
                "This event is closed, decided or a duplicate, so it cannot join a case");

        assertInvalid(CaseMembershipPolicy.mayJoin(null, thisCase, false, FIELD), FIELD, FieldErrorCode.UNKNOWN_EVENT,
                "There is no event with this id");
    }

    @Test
    void aCaseListsEachEventOnce() {
        assertInvalid(CaseMembershipPolicy.mayJoin(TestEvents.reportedBy("k1", false), null, true, "eventIds[1]"),
                "eventIds[1]", FieldErrorCode.INVALID_VALUE, "This event is listed twice");
    }

    @Test
    void anEventAlreadyInTheCaseStaysWhateverItsStatus() {
        UUID thisCase = UUID.randomUUID();
        PatientSafetyEvent member = TestEvents.reportedBy("k1", false);
        member.groupInto(thisCase);
        member.triage(EventStatus.CLOSED, null, 1, 1, null, BY_PAT);
        assertTrue(CaseMembershipPolicy.mayJoin(member, thisCase, false, FIELD).isAllowed());
    }

    @Test
    void aDecidedCaseCannotChange() {
        TriageCase triageCase = TriageCase.open("CASE-2026-0001", "Heel ulcers", null, BY_PAT);
        assertTrue(CaseMembershipPolicy.mayChange(triageCase).isAllowed());
        triageCase.markDecided(BY_PAT.at());
        assertInvalid(CaseMembershipPolicy.mayChange(triageCase), "eventIds", FieldErrorCode.CASE_DECIDED,
                "A decision for this case has been approved, so its events cannot change");
    }
}
