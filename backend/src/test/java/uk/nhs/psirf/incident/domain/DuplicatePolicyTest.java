package uk.nhs.psirf.incident.domain;

import org.junit.jupiter.api.Test;
import uk.nhs.psirf.kernel.ResponseType;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** "An open event in no case may be marked as a duplicate of an event that is not itself a duplicate." */
class DuplicatePolicyTest {
    private static final Instant AT = Instant.parse("2026-11-23T12:00:00Z");

    @Test
    void anOpenEventInNoCaseMayBeMarkedAsADuplicateOfAnEventThatIsNotItselfADuplicate() {
        PatientSafetyEvent event = Events.reportedBy("k1", false);
        PatientSafetyEvent original = Events.reportedBy("k2", false);
        assertEquals(Optional.empty(), DuplicatePolicy.refusal(event, original));

        assertEquals(Optional.of(DuplicatePolicy.Refusal.UNKNOWN_REFERENCE), DuplicatePolicy.refusal(event, null));
        assertEquals(Optional.of(DuplicatePolicy.Refusal.SAME_EVENT), DuplicatePolicy.refusal(event, event));

        PatientSafetyEvent duplicate = Events.reportedBy("k3", false);
        duplicate.closeAsDuplicateOf(original, "sub", "Pat", AT);
        assertEquals(Optional.of(DuplicatePolicy.Refusal.DUPLICATE_OF_DUPLICATE),
                DuplicatePolicy.refusal(event, duplicate));
        assertEquals(Optional.of(DuplicatePolicy.Refusal.EVENT_CLOSED), DuplicatePolicy.refusal(duplicate, original));

        PatientSafetyEvent decided = Events.reportedBy("k4", false);
        decided.decide(ResponseType.AFTER_ACTION_REVIEW, "Decided", "sub", "Chair", AT);
        assertEquals(Optional.of(DuplicatePolicy.Refusal.EVENT_CLOSED), DuplicatePolicy.refusal(decided, original));

        PatientSafetyEvent inCase = Events.reportedBy("k5", false);
        inCase.groupInto(UUID.randomUUID());
        assertEquals(Optional.of(DuplicatePolicy.Refusal.IN_CASE), DuplicatePolicy.refusal(inCase, original));
    }

    @Test
    void refusalsAboutTheEventNameTheEventAndRefusalsAboutTheOriginalNameItsReference() {
        assertEquals("eventId", DuplicatePolicy.Refusal.EVENT_CLOSED.field());
        assertEquals("in-case", DuplicatePolicy.Refusal.IN_CASE.code());
        assertEquals("duplicateOfReference", DuplicatePolicy.Refusal.DUPLICATE_OF_DUPLICATE.field());
    }
}
