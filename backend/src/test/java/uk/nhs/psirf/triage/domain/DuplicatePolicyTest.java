package uk.nhs.psirf.triage.domain;

import org.junit.jupiter.api.Test;
import uk.nhs.psirf.kernel.ResponseType;
import uk.nhs.psirf.platform.error.FieldErrorCode;
import uk.nhs.psirf.platform.security.Stamp;
import uk.nhs.psirf.reporting.domain.PatientSafetyEvent;
import uk.nhs.psirf.reporting.domain.TestEvents;

import java.time.Instant;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static uk.nhs.psirf.triage.domain.Refusals.assertInvalid;

/** "An open event in no case may be marked as a duplicate of an event that is not itself a duplicate." */
class DuplicatePolicyTest {
    private static final Instant AT = Instant.parse("2026-11-23T12:00:00Z");

    @Test
    void anOpenEventInNoCaseMayBeMarkedAsADuplicateOfAnEventThatIsNotItselfADuplicate() {
        PatientSafetyEvent event = TestEvents.reportedBy("k1", false);
        PatientSafetyEvent original = TestEvents.reportedBy("k2", false);
        assertTrue(DuplicatePolicy.mayMark(event, original).isAllowed());

        assertInvalid(DuplicatePolicy.mayMark(event, null), "duplicateOfReference", FieldErrorCode.UNKNOWN_REFERENCE,
                "There is no event with this reference");
        assertInvalid(DuplicatePolicy.mayMark(event, event), "duplicateOfReference", FieldErrorCode.SAME_EVENT,
                "An event cannot be a duplicate of itself");

        PatientSafetyEvent duplicate = TestEvents.reportedBy("k3", false);
        duplicate.closeAsDuplicateOf(original, new Stamp("sub", "Pat", AT));
        assertInvalid(DuplicatePolicy.mayMark(event, duplicate), "duplicateOfReference",
                FieldErrorCode.DUPLICATE_OF_DUPLICATE,
                "That event is itself a duplicate: enter the reference of the original event");
        assertInvalid(DuplicatePolicy.mayMark(duplicate, original), "eventId", FieldErrorCode.EVENT_CLOSED,
                "This event is closed or decided, so it cannot be marked as a duplicate");

        PatientSafetyEvent decided = TestEvents.reportedBy("k4", false);
        decided.decide(ResponseType.AFTER_ACTION_REVIEW, "Decided", new Stamp("sub", "Chair", AT));
        assertInvalid(DuplicatePolicy.mayMark(decided, original), "eventId", FieldErrorCode.EVENT_CLOSED,
                "This event is closed or decided, so it cannot be marked as a duplicate");

        PatientSafetyEvent inCase = TestEvents.reportedBy("k5", false);
        inCase.groupInto(UUID.randomUUID());
        assertInvalid(DuplicatePolicy.mayMark(inCase, original), "eventId", FieldErrorCode.IN_CASE,
                "This event is in a case: take it out of the case first");
    }
}
