package uk.nhs.psirf.triage.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import uk.nhs.psirf.platform.audit.AuditAction;
import uk.nhs.psirf.platform.audit.AuditService;
import uk.nhs.psirf.platform.error.ApiException;
import uk.nhs.psirf.platform.error.FieldError;
import uk.nhs.psirf.platform.error.ValidationFailedException;
import uk.nhs.psirf.platform.security.CurrentUser;
import uk.nhs.psirf.platform.time.Times;
import uk.nhs.psirf.reporting.Events;
import uk.nhs.psirf.reporting.ReporterNotifier;
import uk.nhs.psirf.reporting.api.EventDetail;
import uk.nhs.psirf.reporting.domain.PatientSafetyEvent;
import uk.nhs.psirf.triage.api.DuplicateMark;
import uk.nhs.psirf.triage.domain.DuplicatePolicy;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/** Use case: a patient safety specialist closes an event as a duplicate of the report that carries the review. */
@ApplicationScoped
public class DuplicateService {
    private final Events events;
    private final CurrentUser currentUser;
    private final ReporterNotifier notifier;
    private final AuditService audit;
    private final Clock clock;

    public DuplicateService(Events events, CurrentUser currentUser, ReporterNotifier notifier, AuditService audit,
                            Clock clock) {
        this.events = events;
        this.currentUser = currentUser;
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
        audit.record(AuditAction.UPDATE, Events.ENTITY_TYPE, event.id().toString(),
                "close " + event.reference() + " as a duplicate of " + original.reference());
        return events.detail(event);
    }
}
