package uk.nhs.psirf.reporting.service;

import jakarta.enterprise.context.ApplicationScoped;
import uk.nhs.psirf.reporting.CaseLinks;
import uk.nhs.psirf.reporting.api.CaseLink;
import uk.nhs.psirf.reporting.api.EventDetail;
import uk.nhs.psirf.reporting.api.EventLink;
import uk.nhs.psirf.reporting.domain.PatientSafetyEvent;
import uk.nhs.psirf.reporting.domain.Viewer;
import uk.nhs.psirf.reporting.persistence.EventRepository;

/** An event's detail with its triage links (the original it duplicates, the case it is in) looked up. */
@ApplicationScoped
public class EventDetailViews {
    private final EventRepository events;
    private final CaseLinks caseLinks;
    private final EventViews views;

    public EventDetailViews(EventRepository events, CaseLinks caseLinks, EventViews views) {
        this.events = events;
        this.caseLinks = caseLinks;
        this.views = views;
    }

    public EventDetail detail(PatientSafetyEvent event, Viewer viewer) {
        return views.detail(event, viewer, links(event));
    }

    private EventLinks links(PatientSafetyEvent event) {
        EventLink duplicateOf = event.duplicateOfId() == null ? null : events.referenceOf(event.duplicateOfId())
                .map(reference -> new EventLink(event.duplicateOfId(), reference)).orElse(null);
        CaseLink triageCase = event.caseId() == null ? null : caseLinks.of(event.caseId()).orElse(null);
        return new EventLinks(duplicateOf, triageCase);
    }
}
