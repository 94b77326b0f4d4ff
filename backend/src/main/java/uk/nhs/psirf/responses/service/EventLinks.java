package uk.nhs.psirf.responses.service;

import jakarta.enterprise.context.ApplicationScoped;
import uk.nhs.psirf.incident.service.DecidableEvent;
import uk.nhs.psirf.incident.service.EventDecisions;
import uk.nhs.psirf.responses.api.CaseLink;
import uk.nhs.psirf.responses.api.EventLink;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Links to the events and the case a decision or a response is about; read in the caller's transaction. */
@ApplicationScoped
public class EventLinks {
    private final EventDecisions events;

    public EventLinks(EventDecisions events) {
        this.events = events;
    }

    public List<EventLink> events(Collection<UUID> eventIds) {
        return eventIds.stream().map(events::event).flatMap(Optional::stream)
                .map(e -> new EventLink(e.id(), e.reference())).toList();
    }

    public Optional<CaseLink> triageCase(Optional<UUID> caseId) {
        return caseId.flatMap(events::triageCase).map(c -> new CaseLink(c.id(), c.reference(), c.title()));
    }

    public List<DecidableEvent> facts(Collection<UUID> eventIds) {
        return eventIds.stream().map(events::event).flatMap(Optional::stream).toList();
    }
}
