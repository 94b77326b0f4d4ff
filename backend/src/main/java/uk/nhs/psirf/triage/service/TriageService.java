package uk.nhs.psirf.triage.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import uk.nhs.psirf.platform.audit.AuditAction;
import uk.nhs.psirf.platform.audit.AuditService;
import uk.nhs.psirf.platform.error.ApiException;
import uk.nhs.psirf.platform.error.FieldError;
import uk.nhs.psirf.platform.error.FieldErrorCode;
import uk.nhs.psirf.platform.error.ValidationFailedException;
import uk.nhs.psirf.platform.security.Stamps;
import uk.nhs.psirf.reference.EventCategory;
import uk.nhs.psirf.reference.ReferenceData;
import uk.nhs.psirf.reporting.Events;
import uk.nhs.psirf.reporting.ReporterNotifier;
import uk.nhs.psirf.reporting.api.EventDetail;
import uk.nhs.psirf.reporting.domain.EventStatus;
import uk.nhs.psirf.reporting.domain.PatientSafetyEvent;
import uk.nhs.psirf.triage.api.TriageUpdate;

import java.util.List;
import java.util.UUID;

/** Use case: a patient safety specialist triages an event (status, category, harm); the reporter is told. */
@ApplicationScoped
public class TriageService {
    private final Events events;
    private final ReferenceData referenceData;
    private final Stamps stamps;
    private final ReporterNotifier notifier;
    private final AuditService audit;

    public TriageService(Events events, ReferenceData referenceData, Stamps stamps, ReporterNotifier notifier,
                         AuditService audit) {
        this.events = events;
        this.referenceData = referenceData;
        this.stamps = stamps;
        this.notifier = notifier;
        this.audit = audit;
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
                stamps.current());
        if (event.status() != statusBefore) {
            notifier.tell(event, ReporterMessages.statusChanged(event.reference(), event.status()));
        }
        events.flush();
        audit.record(AuditAction.UPDATE, Events.ENTITY_TYPE, event.id().toString(),
                "triage " + event.reference() + ": " + from + " -> " + describe(event));
        return events.detail(event);
    }

    private static String describe(PatientSafetyEvent event) {
        return "status=" + event.status().code() + " category=" + event.category().code()
                + " physicalHarm=" + event.physicalHarm() + " psychologicalHarm=" + event.psychologicalHarm();
    }
}
