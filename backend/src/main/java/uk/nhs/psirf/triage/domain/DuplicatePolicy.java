package uk.nhs.psirf.triage.domain;

import uk.nhs.psirf.reporting.domain.PatientSafetyEvent;

import java.util.Optional;

/**
 * An open event that is in no case may be marked as a duplicate of another event that is not itself a duplicate
 * (so every duplicate points straight at the report that carries the review).
 */
public final class DuplicatePolicy {
    public enum Refusal {
        EVENT_CLOSED("eventId", "event-closed", "This event is closed or decided, so it cannot be marked as a duplicate"),
        IN_CASE("eventId", "in-case", "This event is in a case: take it out of the case first"),
        UNKNOWN_REFERENCE("duplicateOfReference", "unknown-reference", "There is no event with this reference"),
        SAME_EVENT("duplicateOfReference", "same-event", "An event cannot be a duplicate of itself"),
        DUPLICATE_OF_DUPLICATE("duplicateOfReference", "duplicate-of-duplicate",
                "That event is itself a duplicate: enter the reference of the original event");

        private final String field;
        private final String code;
        private final String message;

        Refusal(String field, String code, String message) {
            this.field = field;
            this.code = code;
            this.message = message;
        }

        public String field() {
            return field;
        }

        public String code() {
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
