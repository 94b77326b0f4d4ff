package uk.nhs.psirf.incident.domain;

import uk.nhs.psirf.platform.error.FieldErrorCode;

import java.util.Optional;

/**
 * An open event that is in no case may be marked as a duplicate of another event that is not itself a duplicate
 * (so every duplicate points straight at the report that carries the review).
 */
public final class DuplicatePolicy {
    public enum Refusal {
        EVENT_CLOSED("eventId", FieldErrorCode.EVENT_CLOSED, "This event is closed or decided, so it cannot be marked as a duplicate"),
        IN_CASE("eventId", FieldErrorCode.IN_CASE, "This event is in a case: take it out of the case first"),
        UNKNOWN_REFERENCE("duplicateOfReference", FieldErrorCode.UNKNOWN_REFERENCE, "There is no event with this reference"),
        SAME_EVENT("duplicateOfReference", FieldErrorCode.SAME_EVENT, "An event cannot be a duplicate of itself"),
        DUPLICATE_OF_DUPLICATE("duplicateOfReference", FieldErrorCode.DUPLICATE_OF_DUPLICATE,
                "That event is itself a duplicate: enter the reference of the original event");

        private final String field;
        private final FieldErrorCode code;
        private final String message;

        Refusal(String field, FieldErrorCode code, String message) {
            this.field = field;
            this.code = code;
            this.message = message;
        }

        public String field() {
            return field;
        }

        public FieldErrorCode code() {
            return code;
        }

        public String message() {
            return message;
        }
    }

    private DuplicatePolicy() {
    }

    /** Why {@code event} may not be marked as a duplicate of {@code original} (null when no event has that reference). */
    public static Optional<Refusal> refusal(PatientSafetyEvent event, PatientSafetyEvent original) {
        if (!OpenEventPolicy.isOpen(event)) {
            return Optional.of(Refusal.EVENT_CLOSED);
        }
        if (event.caseId() != null) {
            return Optional.of(Refusal.IN_CASE);
        }
        if (original == null) {
            return Optional.of(Refusal.UNKNOWN_REFERENCE);
        }
        if (original.id().equals(event.id())) {
            return Optional.of(Refusal.SAME_EVENT);
        }
        if (original.duplicateOfId() != null) {
            return Optional.of(Refusal.DUPLICATE_OF_DUPLICATE);
        }
        return Optional.empty();
    }
}
