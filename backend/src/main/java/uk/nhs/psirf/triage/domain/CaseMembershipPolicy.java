package uk.nhs.psirf.triage.domain;

import uk.nhs.psirf.reporting.domain.PatientSafetyEvent;

import java.util.Optional;
import java.util.UUID;

/**
 * An event is in at most one case, and only an open event (not closed, decided or a duplicate) may join one.
 * Once a case has an approved decision its events are fixed.
 */
public final class CaseMembershipPolicy {
    public enum Refusal {
        UNKNOWN_EVENT("unknown-event", "There is no event with this id"),
        EVENT_CLOSED("event-closed", "This event is closed, decided or a duplicate, so it cannot join a case"),
        ALREADY_IN_CASE("already-in-case", "This event is already in another case"),
        CASE_DECIDED("case-decided", "A decision for this case has been approved, so its events cannot change");

        private final String code;
        private final String message;

        Refusal(String code, String message) {
            this.code = code;
            this.message = message;
        }

        public String code() {
            return code;
        }

        public String message() {
            return message;
        }
    }

    private CaseMembershipPolicy() {
    }

    /**
     * Why {@code event} (null when no event has the id) may not join the case {@code caseId} (null for a new case).
     * An event already in this case stays whatever its status.
     */
    public static Optional<Refusal> refusalToJoin(PatientSafetyEvent event, UUID caseId) {
        if (event == null) {
            return Optional.of(Refusal.UNKNOWN_EVENT);
        }
        if (caseId != null && caseId.equals(event.caseId())) {
            return Optional.empty();
        }
        if (!OpenEventPolicy.isOpen(event)) {
            return Optional.of(Refusal.EVENT_CLOSED);
        }
        if (event.caseId() != null) {
            return Optional.of(Refusal.ALREADY_IN_CASE);
        }
        return Optional.empty();
    }

    public static boolean mayChange(TriageCase triageCase) {
        return !triageCase.decided();
    }
}
