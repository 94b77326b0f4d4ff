package uk.nhs.psirf.triage.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import uk.nhs.psirf.platform.audit.AuditAction;
import uk.nhs.psirf.platform.audit.AuditService;
import uk.nhs.psirf.platform.error.ApiException;
import uk.nhs.psirf.platform.security.Stamps;
import uk.nhs.psirf.reporting.Events;
import uk.nhs.psirf.reporting.ReporterNotifier;
import uk.nhs.psirf.reporting.api.EventDetail;
import uk.nhs.psirf.reporting.domain.PatientSafetyEvent;
import uk.nhs.psirf.triage.api.DuplicateMark;
import uk.nhs.psirf.triage.domain.DuplicatePolicy;

import java.util.Locale;
import java.util.UUID;

/** Use case: a patient safety specialist closes an event as a duplicate of the report that carries the review. */
@ApplicationScoped
public class DuplicateService {
    private final Events events;
    private final Stamps stamps;
    private final ReporterNotifier notifier;
    private final AuditService audit;

    public DuplicateService(Events events, Stamps stamps, ReporterNotifier notifier, AuditService audit) {
        this.events = events;
        this.stamps = stamps;
        this.notifier = notifier;
        this.audit = audit;
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
        DuplicatePolicy.mayMark(event, original).orThrow();
        event.history(); // loads the history before appending, so the response lists every change once
        event.closeAsDuplicateOf(original, stamps.current());
        notifier.tell(event, ReporterMessages.closedAsDuplicate(event.reference()));
        events.flush();
        audit.record(AuditAction.UPDATE, Events.ENTITY_TYPE, event.id().toString(),
                "close " + event.reference() + " as a duplicate of " + original.reference());
        return events.detail(event);
    }
}
