package uk.nhs.psirf.incident.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import uk.nhs.psirf.incident.api.EventDetail;
import uk.nhs.psirf.incident.api.TriageUpdate;
import uk.nhs.psirf.incident.domain.EventStatus;
import uk.nhs.psirf.incident.domain.PatientSafetyEvent;
import uk.nhs.psirf.incident.persistence.EventRepository;
import uk.nhs.psirf.platform.audit.AuditAction;
import uk.nhs.psirf.platform.audit.AuditService;
import uk.nhs.psirf.platform.error.ApiException;
import uk.nhs.psirf.platform.error.FieldError;
import uk.nhs.psirf.platform.error.FieldErrorCode;
import uk.nhs.psirf.platform.error.ValidationFailedException;
import uk.nhs.psirf.platform.security.CurrentUser;
import uk.nhs.psirf.platform.time.Times;
import uk.nhs.psirf.reference.EventCategory;
import uk.nhs.psirf.reference.ReferenceData;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

/** Use case: a patient safety specialist triages an event (status, category, harm); the reporter is told. */
@ApplicationScoped
public class TriageService {
    private final EventRepository events;
    private final ReferenceData referenceData;
    private final CurrentUser currentUser;
    private final CurrentViewer currentViewer;
    private final EventDetailViews views;
    private final ReporterNotifier notifier;
    private final AuditService audit;
    private final Clock clock;

    public TriageService(EventRepository events, ReferenceData referenceData, CurrentUser currentUser,
                         CurrentViewer currentViewer, EventDetailViews views, ReporterNotifier notifier,
                         AuditService audit, Clock clock) {
        this.events = events;
        this.referenceData = referenceData;
        this.currentUser = currentUser;
        this.currentViewer = currentViewer;
        this.views = views;
        this.notifier = notifier;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public EventDetail triage(UUID eventId, TriageUpdate update) {
        PatientSafetyEvent event = events.find(eventId).orElseThrow(() -> ApiException.notFound("The event"));
        // Checked here as well as by @Version at flush: a stale client must not overwrite a newer triage.
        if (event.version() != update.version()) {
            throw ApiException.staleVersion();
        }
        EventCategory category = referenceData.category(update.categoryCode())
                .filter(c -> c.active() || c.code().equals(event.category().code()))
                .orElseThrow(() -> new ValidationFailedException(List.of(new FieldError("categoryCode",
                        FieldErrorCode.UNKNOWN_CODE, "Select a category from the list"))));
        String from = describe(event);
        EventStatus statusBefore = event.status();
        event.history(); // loads the history before appending, so the response lists every change once
        event.triage(update.status(), category, update.physicalHarm(), update.psychologicalHarm(),
                update.note() == null || update.note().isBlank() ? null : update.note(),
                currentUser.sub(), currentUser.name(), Times.now(clock));
        if (event.status() != statusBefore) {
            notifier.tell(event, ReporterMessages.statusChanged(event.reference(), event.status()));
        }
        events.flush();
        audit.record(AuditAction.UPDATE, ReportingService.ENTITY_TYPE, event.id().toString(),
                "triage " + event.reference() + ": " + from + " -> " + describe(event));
        return views.detail(event, currentViewer.get());
    }

    private static String describe(PatientSafetyEvent event) {
        return "status=" + event.status().code() + " category=" + event.category().code()
                + " physicalHarm=" + event.physicalHarm() + " psychologicalHarm=" + event.psychologicalHarm();
    }
}
