package uk.nhs.psirf.triage.domain;

import uk.nhs.psirf.platform.error.FieldErrorCode;

import uk.nhs.psirf.platform.rules.Verdict;
import uk.nhs.psirf.reporting.domain.PatientSafetyEvent;

/**
 * An open event that is in no case may be marked as a duplicate of another event that is not itself a duplicate
 * (so every duplicate points straight at the report that carries the review).
 */
public final class DuplicatePolicy {
    static final String EVENT_CLOSED = "This event is closed or decided, so it cannot be marked as a duplicate";
    static final String IN_CASE = "This event is in a case: take it out of the case first";
    static final String UNKNOWN_REFERENCE = "There is no event with this reference";
    static final String SAME_EVENT = "An event cannot be a duplicate of itself";
    static final String DUPLICATE_OF_DUPLICATE =
            "That event is itself a duplicate: enter the reference of the original event";

    private DuplicatePolicy() {
    }

    /**
     * Whether {@code event} may be marked as a duplicate of {@code original} (null when no event has that reference);
     * refusals about the event name {@code eventId}, those about the original {@code duplicateOfReference}.
     */
    public static Verdict mayMark(PatientSafetyEvent event, PatientSafetyEvent original) {
        if (!OpenEventPolicy.isOpen(event)) {
            return Verdict.invalid("eventId", FieldErrorCode.EVENT_CLOSED, EVENT_CLOSED);
        }
        if (event.caseId() != null) {
            return Verdict.invalid("eventId", FieldErrorCode.IN_CASE, IN_CASE);
        }
        if (original == null) {
            return Verdict.invalid("duplicateOfReference", FieldErrorCode.UNKNOWN_REFERENCE, UNKNOWN_REFERENCE);
        }
        if (original.id().equals(event.id())) {
            return Verdict.invalid("duplicateOfReference", FieldErrorCode.SAME_EVENT, SAME_EVENT);
        }
        if (original.duplicateOfId() != null) {
            return Verdict.invalid("duplicateOfReference", FieldErrorCode.DUPLICATE_OF_DUPLICATE, DUPLICATE_OF_DUPLICATE);
        }
        return Verdict.allowed();
    }
}
