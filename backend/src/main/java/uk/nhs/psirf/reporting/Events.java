package uk.nhs.psirf.reporting;

import jakarta.enterprise.context.ApplicationScoped;
import uk.nhs.psirf.reporting.api.EventDetail;
import uk.nhs.psirf.reporting.api.EventSummary;
import uk.nhs.psirf.reporting.domain.PatientSafetyEvent;
import uk.nhs.psirf.reporting.domain.TriageFilter;
import uk.nhs.psirf.reporting.persistence.EventRepository;
import uk.nhs.psirf.reporting.service.CurrentViewer;
import uk.nhs.psirf.reporting.service.EventDetailViews;
import uk.nhs.psirf.reporting.service.EventViews;
import uk.nhs.psirf.reporting.service.ReportingService;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The front door of reporting, which owns the reported events (their tables and entity): how triage, notifications
 * and the other features find events, change them through the event's own methods, and show them as the caller may
 * see them. Joins the caller's transaction.
 */
@ApplicationScoped
public class Events {
    /** What audit entries about events are recorded under. */
    public static final String ENTITY_TYPE = ReportingService.ENTITY_TYPE;

    private final EventRepository events;
    private final CurrentViewer currentViewer;
    private final EventViews views;
    private final EventDetailViews details;

    public Events(EventRepository events, CurrentViewer currentViewer, EventViews views, EventDetailViews details) {
        this.events = events;
        this.currentViewer = currentViewer;
        this.views = views;
        this.details = details;
    }

    public Optional<PatientSafetyEvent> find(UUID id) {
        return events.find(id);
    }

    public Optional<PatientSafetyEvent> findByReference(String reference) {
        return events.findByReference(reference);
    }

    /** The events with these ids, by id; ids that name no event are missing from the map. */
    public Map<UUID, PatientSafetyEvent> findAll(Collection<UUID> ids) {
        return events.findAll(ids);
    }

    /** Locks the events' rows at the versions read (see {@link EventRepository#lockAsRead}). */
    public void lockAsRead(PatientSafetyEvent... locked) {
        events.lockAsRead(locked);
    }

    public Optional<String> referenceOf(UUID id) {
        return events.referenceOf(id);
    }

    /** A page of the events matching the filter, newest first. */
    public List<PatientSafetyEvent> search(TriageFilter filter, int offset, int limit) {
        return events.search(filter, offset, limit);
    }

    /** The next events after {@code after} (newest first), for exports too long to page by offset. */
    public List<PatientSafetyEvent> searchAfter(TriageFilter filter, PatientSafetyEvent after, int limit) {
        return events.searchAfter(filter, after, limit);
    }

    public long count(TriageFilter filter) {
        return events.count(filter);
    }

    /** The events grouped into a case, oldest report first. */
    public List<PatientSafetyEvent> inCase(UUID caseId) {
        return events.inCase(caseId);
    }

    /** How many events each of these cases holds (cases without events are missing). */
    public Map<UUID, Integer> countsByCase(Collection<UUID> caseIds) {
        return events.countsByCase(caseIds);
    }

    /**
     * The events whose physical harm is this grade or more severe (1 is the most severe), and the events with these
     * ids whatever their harm; latest occurrence first.
     */
    public List<EventHarm> harmedAtLeast(int physicalHarm, Collection<UUID> alsoIds) {
        return events.harmedAtLeast(physicalHarm, alsoIds);
    }

    /** The staff named on these events' reports, each name and role once, by name then role. */
    public List<StaffNamed> staffNamedOn(Collection<UUID> eventIds) {
        return events.staffNamedOn(eventIds);
    }

    /** Lets a long export forget rows it has written. */
    public void detachAll() {
        events.detachAll();
    }

    public void flush() {
        events.flush();
    }

    /** The event as the caller may see it, with its triage links. */
    public EventDetail detail(PatientSafetyEvent event) {
        return details.detail(event, currentViewer.get());
    }

    /** Rows of a team list (not the reporter's own), as the caller may see them. */
    public List<EventSummary> summaries(List<PatientSafetyEvent> found) {
        return views.summaries(found, currentViewer.get(), false);
    }

    /** The caller's reporter key: how their reports, and what they are told about them, are found. */
    public String callerReporterKey() {
        return currentViewer.reporterKey();
    }
}
