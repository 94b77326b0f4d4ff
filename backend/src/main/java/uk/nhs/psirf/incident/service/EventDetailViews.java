package uk.nhs.psirf.incident.service;

import jakarta.enterprise.context.ApplicationScoped;
import uk.nhs.psirf.incident.api.CaseLink;
import uk.nhs.psirf.incident.api.EventDetail;
import uk.nhs.psirf.incident.api.EventLink;
import uk.nhs.psirf.incident.domain.PatientSafetyEvent;
import uk.nhs.psirf.incident.domain.Viewer;
import uk.nhs.psirf.incident.persistence.EventRepository;
import uk.nhs.psirf.incident.persistence.TriageCaseRepository;

/** An event's detail with its triage links (the original it duplicates, the case it is in) looked up. */
@ApplicationScoped
public class EventDetailViews {
    private final EventRepository events;
    private final TriageCaseRepository cases;
    private final EventViews views;

    public EventDetailViews(EventRepository events, TriageCaseRepository cases, EventViews views) {
        this.events = events;
        this.cases = cases;
        this.views = views;
    }

    public EventDetail detail(PatientSafetyEvent event, Viewer viewer) {
        return views.detail(event, viewer, links(event));
    }

    private EventLinks links(PatientSafetyEvent event) {
        EventLink duplicateOf = event.duplicateOfId() == null ? null : events.referenceOf(event.duplicateOfId())
                .map(reference -> new EventLink(event.duplicateOfId(), reference)).orElse(null);
        CaseLink triageCase = event.caseId() == null ? null : cases.find(event.caseId())
                .map(c -> new CaseLink(c.id(), c.reference(), c.title())).orElse(null);
        return new EventLinks(duplicateOf, triageCase);
    }
}
