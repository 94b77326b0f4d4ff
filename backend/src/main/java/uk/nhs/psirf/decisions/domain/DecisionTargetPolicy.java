package uk.nhs.psirf.decisions.domain;

import uk.nhs.psirf.platform.error.FieldErrorCode;
import uk.nhs.psirf.platform.rules.Verdict;
import uk.nhs.psirf.reporting.domain.EventStatus;
import uk.nhs.psirf.triage.DecidableCase;
import uk.nhs.psirf.triage.DecidableEvent;

import java.util.UUID;
import java.util.function.BooleanSupplier;

/**
 * What the panel can decide now (policy §12.3: "Each PSI will be considered on an individual basis and the decision
 * as to whether it meets the criteria for a learning response (and what type) will be taken by a group of subject
 * experts"): one event, or a case and all its events, each still open, not yet decided and with no decision awaiting
 * the chair's approval. Each refusal names {@code eventId} or {@code caseId}. Whether a decision is pending is asked
 * last, only when the other checks pass, as it needs a look-up.
 */
public final class DecisionTargetPolicy {
    static final String CHOOSE_ONE = "Choose the event or the case decided";
    static final String NOT_BOTH = "Decide either an event or a case, not both";

    private DecisionTargetPolicy() {
    }

    /** Exactly one of an event and a case. */
    public static Verdict oneTarget(UUID eventId, UUID caseId) {
        if (eventId == null && caseId == null) {
            return Verdict.invalid("eventId", FieldErrorCode.REQUIRED, CHOOSE_ONE);
        }
        return Verdict.allowedIf(eventId == null || caseId == null,
                () -> Verdict.invalid("eventId", FieldErrorCode.EVENT_OR_CASE, NOT_BOTH));
    }

    /** An event ({@code null} when there is none with the id) that is open, undecided and not grouped in a case. */
    public static Verdict mayDecideEvent(DecidableEvent event, BooleanSupplier decisionPending) {
        FieldErrorCode problem = event == null ? FieldErrorCode.UNKNOWN_EVENT
                : event.status() == EventStatus.CLOSED ? FieldErrorCode.EVENT_CLOSED
                : event.decided() ? FieldErrorCode.ALREADY_DECIDED
                : event.caseId() != null ? FieldErrorCode.IN_CASE
                : decisionPending.getAsBoolean() ? FieldErrorCode.DECISION_PENDING
                : null;
        return refusedIf("eventId", problem);
    }

    /** A case ({@code null} when there is none with the id) with events, none of them closed or decided. */
    public static Verdict mayDecideCase(DecidableCase found, BooleanSupplier decisionPending) {
        FieldErrorCode problem = found == null ? FieldErrorCode.UNKNOWN_CASE
                : found.decided() ? FieldErrorCode.ALREADY_DECIDED
                : found.events().isEmpty() ? FieldErrorCode.EMPTY_CASE
                : found.events().stream().anyMatch(e -> e.status() == EventStatus.CLOSED) ? FieldErrorCode.EVENT_CLOSED
                : found.events().stream().anyMatch(DecidableEvent::decided) ? FieldErrorCode.ALREADY_DECIDED
                : decisionPending.getAsBoolean() ? FieldErrorCode.DECISION_PENDING
                : null;
        return refusedIf("caseId", problem);
    }

    private static Verdict refusedIf(String field, FieldErrorCode problem) {
        return problem == null ? Verdict.allowed() : Verdict.invalid(field, problem, message(problem));
    }

    private static String message(FieldErrorCode problem) {
        return switch (problem) {
            case UNKNOWN_EVENT -> "There is no event with this id";
            case UNKNOWN_CASE -> "There is no case with this id";
            case EVENT_CLOSED -> "A closed event cannot be decided";
            case ALREADY_DECIDED -> "The response has already been decided";
            case IN_CASE -> "This event is grouped in a case: decide the case instead";
            case EMPTY_CASE -> "The case has no events to decide on";
            case DECISION_PENDING -> "A decision awaits the chair's approval: change that one instead";
            default -> "This cannot be decided now";
        };
    }
}
