package uk.nhs.psirf.triage.domain;

import uk.nhs.psirf.platform.error.FieldErrorCode;

import uk.nhs.psirf.platform.error.FieldError;
import uk.nhs.psirf.platform.rules.Verdict;
import uk.nhs.psirf.reporting.domain.PatientSafetyEvent;

import java.util.UUID;

/**
 * An event is in at most one case, and only an open event (not closed, decided or a duplicate) may join one.
 * Once a case has an approved decision its events are fixed.
 */
public final class CaseMembershipPolicy {
    static final String UNKNOWN_EVENT = "There is no event with this id";
    static final String LISTED_TWICE = "This event is listed twice";
    static final String EVENT_CLOSED = "This event is closed, decided or a duplicate, so it cannot join a case";
    static final String ALREADY_IN_CASE = "This event is already in another case";
    static final String CASE_DECIDED = "A decision for this case has been approved, so its events cannot change";

    private CaseMembershipPolicy() {
    }

    /**
     * Whether {@code event} (null when no event has the id), listed at {@code field}, may join the case
     * {@code caseId} (null for a new case); a case lists each event once, so an id {@code listedBefore} is refused.
     * An event already in this case stays whatever its status.
     */
    public static Verdict mayJoin(PatientSafetyEvent event, UUID caseId, boolean listedBefore, String field) {
        if (listedBefore) {
            return Verdict.invalid(field, FieldErrorCode.INVALID_VALUE, LISTED_TWICE);
        }
        if (event == null) {
            return Verdict.invalid(field, FieldErrorCode.UNKNOWN_EVENT, UNKNOWN_EVENT);
        }
        if (caseId != null && caseId.equals(event.caseId())) {
            return Verdict.allowed();
        }
        if (!OpenEventPolicy.isOpen(event)) {
            return Verdict.invalid(field, FieldErrorCode.EVENT_CLOSED, EVENT_CLOSED);
        }
        if (event.caseId() != null) {
            return Verdict.invalid(field, FieldErrorCode.ALREADY_IN_CASE, ALREADY_IN_CASE);
        }
        return Verdict.allowed();
    }

    public static Verdict mayChange(TriageCase triageCase) {
        return Verdict.allowedIf(!triageCase.decided(),
                () -> Verdict.invalid("eventIds", FieldErrorCode.CASE_DECIDED, CASE_DECIDED));
    }
}
