package uk.nhs.psirf.triage;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import uk.nhs.psirf.kernel.ResponseType;
import uk.nhs.psirf.platform.security.Stamp;
import uk.nhs.psirf.platform.security.Stamps;
import uk.nhs.psirf.reporting.Events;
import uk.nhs.psirf.reporting.ReporterNotifier;
import uk.nhs.psirf.reporting.domain.PatientSafetyEvent;
import uk.nhs.psirf.triage.persistence.EventDocumentRepository;
import uk.nhs.psirf.triage.persistence.TriageCaseRepository;

import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The seam between events and panel decisions: the decision feature reads events' facts here and records on the
 * events what the panel decided (history, status, outcome told to the reporter). It joins the caller's transaction.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class EventDecisions {
    private final Events events;
    private final TriageCaseRepository cases;
    private final EventDocumentRepository documents;
    private final ReporterNotifier notifier;
    private final Stamps stamps;

    public EventDecisions(Events events, TriageCaseRepository cases, EventDocumentRepository documents,
                          ReporterNotifier notifier, Stamps stamps) {
        this.events = events;
        this.cases = cases;
        this.documents = documents;
        this.notifier = notifier;
        this.stamps = stamps;
    }

    public Optional<DecidableEvent> event(UUID eventId) {
        return events.find(eventId).map(EventDecisions::facts);
    }

    public Optional<DecidableCase> triageCase(UUID caseId) {
        return cases.find(caseId).map(c -> new DecidableCase(c.id(), c.reference(), c.title(), c.decided(),
                events.inCase(c.id()).stream().map(EventDecisions::facts).toList()));
    }

    /** The documents with these ids, without their content, in the order asked for; ids that name none are missing. */
    public Map<UUID, ReviewedDocument> reviewedDocuments(Collection<UUID> documentIds) {
        Map<UUID, ReviewedDocument> byId = new HashMap<>();
        documents.briefs(documentIds).forEach(d -> byId.put(d.id(), d));
        Map<UUID, ReviewedDocument> found = new LinkedHashMap<>();
        documentIds.stream().filter(byId::containsKey).forEach(id -> found.put(id, byId.get(id)));
        return found;
    }

    /** A decision was recorded or changed: each event's history says so; the status becomes in-triage if new. */
    public void noteOnHistory(Collection<UUID> eventIds, String note) {
        Stamp by = stamps.current();
        for (PatientSafetyEvent event : load(eventIds)) {
            event.history();
            event.note(note, by);
        }
    }

    /**
     * The chair approved: the events are decided, the case (if any) is fixed, and each reporter is told the response
     * chosen. A referral is told as such without saying where to, which could identify people.
     */
    public void recordOutcome(Collection<UUID> eventIds, UUID caseId, ResponseType responseType, String note) {
        Stamp by = stamps.current();
        for (PatientSafetyEvent event : load(eventIds)) {
            event.history();
            event.decide(responseType, note, by);
            notifier.tell(event, "A decision was made on your report " + event.reference() + ": "
                    + responseType.display() + ".");
        }
        if (caseId != null) {
            cases.find(caseId).ifPresent(c -> c.markDecided(by.at()));
        }
    }

    private List<PatientSafetyEvent> load(Collection<UUID> eventIds) {
        return eventIds.stream().map(id -> events.find(id).orElseThrow()).toList();
    }

    private static DecidableEvent facts(PatientSafetyEvent e) {
        return new DecidableEvent(e.id(), e.reference(), e.status(), e.category().code(), e.category().display(),
                e.physicalHarm(), e.psychologicalHarm(), e.occurredAt(), e.reportedAt(), e.caseId(),
                e.duplicateOfId() != null, e.outcomeResponseType().isPresent());
    }
}
