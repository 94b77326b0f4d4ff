package uk.nhs.psirf.decisions.service;

import jakarta.enterprise.context.ApplicationScoped;
import uk.nhs.psirf.decisions.persistence.DecisionRepository;
import uk.nhs.psirf.reporting.domain.EventStatus;
import uk.nhs.psirf.triage.DecidableCase;
import uk.nhs.psirf.triage.DecidableEvent;
import uk.nhs.psirf.triage.EventDecisions;
import uk.nhs.psirf.platform.error.FieldError;
import uk.nhs.psirf.platform.error.FieldErrorCode;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * What a new decision is about: one event, or a case and all its events. Each reason the panel cannot decide it now
 * is named on {@code eventId} or {@code caseId}.
 */
@ApplicationScoped
public class DecisionTargets {
    public record Target(Optional<UUID> caseId, List<DecidableEvent> events) {
        public List<UUID> eventIds() {
            return events.stream().map(DecidableEvent::id).toList();
        }
    }

    private final EventDecisions events;
    private final DecisionRepository decisions;

    public DecisionTargets(EventDecisions events, DecisionRepository decisions) {
        this.events = events;
        this.decisions = decisions;
    }

    /** Null, with the reasons added to {@code errors}, when there is nothing that can be decided. */
    public Target resolve(UUID eventId, UUID caseId, List<FieldError> errors) {
        if (eventId == null && caseId == null) {
            errors.add(new FieldError("eventId", FieldErrorCode.REQUIRED, "Choose the event or the case decided"));
            return null;
        }
        if (eventId != null && caseId != null) {
            errors.add(new FieldError("eventId", FieldErrorCode.EVENT_OR_CASE,
                    "Decide either an event or a case, not both"));
            return null;
        }
        return eventId != null ? event(eventId, errors) : triageCase(caseId, errors);
    }

    private Target event(UUID eventId, List<FieldError> errors) {
        decisions.lock(List.of(eventId));
        DecidableEvent event = events.event(eventId).orElse(null);
        FieldErrorCode problem = event == null ? FieldErrorCode.UNKNOWN_EVENT
                : event.status() == EventStatus.CLOSED ? FieldErrorCode.EVENT_CLOSED
                : event.decided() ? FieldErrorCode.ALREADY_DECIDED
                : event.caseId() != null ? FieldErrorCode.IN_CASE
                : decisions.pendingFor(List.of(eventId)) ? FieldErrorCode.DECISION_PENDING
                : null;
        if (problem != null) {
            errors.add(new FieldError("eventId", problem, message(problem)));
            return null;
        }
        return new Target(Optional.empty(), List.of(event));
    }

    private Target triageCase(UUID caseId, List<FieldError> errors) {
        DecidableCase found = events.triageCase(caseId).orElse(null);
        if (found != null) {
            List<UUID> ids = new ArrayList<>(found.events().stream().map(DecidableEvent::id).toList());
            ids.add(caseId);
            decisions.lock(ids);
        }
        FieldErrorCode problem = found == null ? FieldErrorCode.UNKNOWN_CASE
                : found.decided() ? FieldErrorCode.ALREADY_DECIDED
                : found.events().isEmpty() ? FieldErrorCode.EMPTY_CASE
                : found.events().stream().anyMatch(e -> e.status() == EventStatus.CLOSED) ? FieldErrorCode.EVENT_CLOSED
                : found.events().stream().anyMatch(DecidableEvent::decided) ? FieldErrorCode.ALREADY_DECIDED
                : decisions.pendingForCase(caseId)
                        || decisions.pendingFor(found.events().stream().map(DecidableEvent::id).toList())
                        ? FieldErrorCode.DECISION_PENDING
                : null;
        if (problem != null) {
            errors.add(new FieldError("caseId", problem, message(problem)));
            return null;
        }
        return new Target(Optional.of(caseId), found.events());
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
