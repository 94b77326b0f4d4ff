package uk.nhs.psirf.reporting.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import uk.nhs.psirf.platform.audit.AuditAction;
import uk.nhs.psirf.platform.audit.AuditService;
import uk.nhs.psirf.platform.error.ApiException;
import uk.nhs.psirf.platform.query.PageRequest;
import uk.nhs.psirf.platform.security.Roles;
import uk.nhs.psirf.reporting.api.EventDetail;
import uk.nhs.psirf.reporting.api.EventPage;
import uk.nhs.psirf.reporting.domain.EventAccessPolicy;
import uk.nhs.psirf.reporting.domain.PatientSafetyEvent;
import uk.nhs.psirf.reporting.domain.Viewer;
import uk.nhs.psirf.reporting.persistence.EventRepository;

import java.util.List;
import java.util.UUID;

/** Reads of events: "My reports" and one event; every read is audited. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class EventQueryService {
    private final EventRepository events;
    private final CurrentViewer currentViewer;
    private final EventViews views;
    private final EventDetailViews details;
    private final AuditService audit;

    public EventQueryService(EventRepository events, CurrentViewer currentViewer, EventViews views,
                             EventDetailViews details, AuditService audit) {
        this.events = events;
        this.currentViewer = currentViewer;
        this.views = views;
        this.details = details;
        this.audit = audit;
    }

    public EventPage myReports(PageRequest page) {
        Viewer viewer = currentViewer.get();
        List<PatientSafetyEvent> found = events.reportedBy(viewer.reporterKey(), page.offset(), page.size());
        long total = events.countReportedBy(viewer.reporterKey());
        audit.record(AuditAction.LIST, ReportingService.ENTITY_TYPE, null, "my reports page " + page.page());
        return new EventPage(views.summaries(found, viewer, true), page.page(), page.size(), total,
                page.totalPages(total));
    }

    /**
     * A caller who may open only their own reports gets 403 for any other id, existing or not, so that
     * probing ids does not tell them which events exist.
     */
    public EventDetail event(UUID id) {
        Viewer viewer = currentViewer.get();
        PatientSafetyEvent event = events.find(id).orElse(null);
        if (event == null && viewer.hasAnyRole(Roles.IDENTIFIABLE_DATA_VIEWERS)) {
            throw ApiException.notFound("The event");
        }
        EventAccessPolicy.mayRead(viewer, event).orDeny(ReportingService.ENTITY_TYPE, id.toString());
        EventDetail detail = details.detail(event, viewer);
        if (event.anonymous() && viewer.reported(event)) {
            // Only the reporter, the patient safety team and the Chief Nurse can read an event, so a named
            // read by anyone else would point at the anonymous reporter.
            audit.recordAnonymous(AuditAction.READ, ReportingService.ENTITY_TYPE, id.toString(), event.reference());
        } else {
            audit.record(AuditAction.READ, ReportingService.ENTITY_TYPE, id.toString(), event.reference());
        }
        return detail;
    }
}
