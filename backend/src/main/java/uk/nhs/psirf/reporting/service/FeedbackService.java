package uk.nhs.psirf.reporting.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import uk.nhs.psirf.platform.audit.AuditAction;
import uk.nhs.psirf.platform.audit.AuditService;
import uk.nhs.psirf.platform.error.ApiException;
import uk.nhs.psirf.platform.security.Stamps;
import uk.nhs.psirf.reporting.ReporterNotifier;
import uk.nhs.psirf.reporting.api.EventDetail;
import uk.nhs.psirf.reporting.api.ReporterFeedback;
import uk.nhs.psirf.reporting.domain.PatientSafetyEvent;
import uk.nhs.psirf.reporting.persistence.EventRepository;

import java.util.UUID;

/** Use case: a patient safety specialist shares what was learnt with the reporter, who is told in the app. */
@ApplicationScoped
public class FeedbackService {
    private final EventRepository events;
    private final CurrentViewer currentViewer;
    private final EventDetailViews views;
    private final ReporterNotifier notifier;
    private final AuditService audit;
    private final Stamps stamps;

    public FeedbackService(EventRepository events, CurrentViewer currentViewer, EventDetailViews views,
                           ReporterNotifier notifier, AuditService audit, Stamps stamps) {
        this.events = events;
        this.currentViewer = currentViewer;
        this.views = views;
        this.notifier = notifier;
        this.audit = audit;
        this.stamps = stamps;
    }

    @Transactional
    public EventDetail shareLearning(UUID eventId, ReporterFeedback feedback) {
        PatientSafetyEvent event = events.find(eventId).orElseThrow(() -> ApiException.notFound("The event"));
        if (event.version() != feedback.version()) {
            throw ApiException.staleVersion();
        }
        boolean sharedBefore = event.learningSharedAt() != null;
        event.shareLearning(feedback.learning().strip(), stamps.current().at());
        notifier.tell(event, ReporterMessages.learningShared(event.reference()));
        events.flush();
        // The audit says what was done; the text itself is on the event.
        audit.record(AuditAction.UPDATE, ReportingService.ENTITY_TYPE, event.id().toString(),
                (sharedBefore ? "learning shared again with the reporter of " : "learning shared with the reporter of ")
                        + event.reference());
        return views.detail(event, currentViewer.get());
    }
}
