package uk.nhs.psirf.incident.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import uk.nhs.psirf.incident.api.DuplicateMark;
import uk.nhs.psirf.incident.api.EventDetail;
import uk.nhs.psirf.incident.domain.DuplicatePolicy;
import uk.nhs.psirf.incident.domain.PatientSafetyEvent;
import uk.nhs.psirf.incident.persistence.EventRepository;
import uk.nhs.psirf.platform.audit.AuditAction;
import uk.nhs.psirf.platform.audit.AuditService;
import uk.nhs.psirf.platform.error.ApiException;
import uk.nhs.psirf.platform.error.FieldError;
import uk.nhs.psirf.platform.error.ValidationFailedException;
import uk.nhs.psirf.platform.security.CurrentUser;
import uk.nhs.psirf.platform.time.Times;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/** Use case: a patient safety specialist closes an event as a duplicate of the report that carries the review. */
@ApplicationScoped
public class DuplicateService {
    private final EventRepository events;
    private final CurrentUser currentUser;
    private final CurrentViewer currentViewer;
    private final EventDetailViews views;
    private final ReporterNotifier notifier;
    private final AuditService audit;
    private final Clock clock;

    public DuplicateService(EventRepository events, CurrentUser currentUser, CurrentViewer currentViewer,
                            EventDetailViews views, ReporterNotifier notifier, AuditService audit, Clock clock) {
        this.events = events;
        this.currentUser = currentUser;
        this.currentViewer = currentViewer;
        this.views = views;
        this.notifier = notifier;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public EventDetail markDuplicate(UUID eventId, DuplicateMark mark) {
        PatientSafetyEvent event = events.find(eventId).orElseThrow(() -> ApiException.notFound("The event"));
        if (event.version() != mark.version()) {
            throw ApiException.staleVersion();
        }
        PatientSafetyEvent original = events.findByReference(mark.duplicateOfReference().trim()
                .toUpperCase(Locale.ROOT)).orElse(null);
        if (original != null && !original.id().equals(event.id())) {
            // Two duplicates marked at once (A of B, B of A) would each see the other as an original.
            events.lockAsRead(event, original);
        }
        DuplicatePolicy.refusal(event, original).ifPresent(refusal -> {
            throw new ValidationFailedException(List.of(new FieldError(refusal.field(), refusal.code(),
                    refusal.message())));
        });
        event.history(); // loads the history before appending, so the response lists every change once
        event.closeAsDuplicateOf(original, currentUser.sub(), currentUser.name(), Times.now(clock));
        notifier.tell(event, ReporterMessages.closedAsDuplicate(event.reference()));
        events.flush();
        audit.record(AuditAction.UPDATE, ReportingService.ENTITY_TYPE, event.id().toString(),
                "close " + event.reference() + " as a duplicate of " + original.reference());
        return views.detail(event, currentViewer.get());
    }
}
