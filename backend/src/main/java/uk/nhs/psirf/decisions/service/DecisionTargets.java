package uk.nhs.psirf.decisions.service;

import jakarta.enterprise.context.ApplicationScoped;
import uk.nhs.psirf.decisions.domain.DecisionTargetPolicy;
import uk.nhs.psirf.decisions.persistence.DecisionRepository;
import uk.nhs.psirf.triage.DecidableCase;
import uk.nhs.psirf.triage.DecidableEvent;
import uk.nhs.psirf.triage.EventDecisions;
import uk.nhs.psirf.platform.error.FieldError;
import uk.nhs.psirf.platform.rules.Verdict;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * What a new decision is about: one event, or a case and all its events, loaded and locked; whether the panel can
 * decide it now is {@link DecisionTargetPolicy}'s.
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
        Verdict oneTarget = DecisionTargetPolicy.oneTarget(eventId, caseId);
        if (oneTarget.isRefused()) {
            errors.addAll(oneTarget.errors());
            return null;
        }
        return eventId != null ? event(eventId, errors) : triageCase(caseId, errors);
    }

    private Target event(UUID eventId, List<FieldError> errors) {
        decisions.lock(List.of(eventId));
        DecidableEvent event = events.event(eventId).orElse(null);
        Verdict decidable = DecisionTargetPolicy.mayDecideEvent(event, () -> decisions.pendingFor(List.of(eventId)));
        if (decidable.isRefused()) {
            errors.addAll(decidable.errors());
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
        Verdict decidable = DecisionTargetPolicy.mayDecideCase(found, () -> decisions.pendingForCase(caseId)
                || decisions.pendingFor(found.events().stream().map(DecidableEvent::id).toList()));
        if (decidable.isRefused()) {
            errors.addAll(decidable.errors());
            return null;
        }
        return new Target(Optional.of(caseId), found.events());
    }
}
