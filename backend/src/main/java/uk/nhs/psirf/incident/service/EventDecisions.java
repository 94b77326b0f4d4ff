package uk.nhs.psirf.incident.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import uk.nhs.psirf.incident.domain.PatientSafetyEvent;
import uk.nhs.psirf.incident.domain.TriageCase;
import uk.nhs.psirf.incident.persistence.EventRepository;
import uk.nhs.psirf.incident.persistence.TriageCaseRepository;
import uk.nhs.psirf.kernel.ResponseType;
import uk.nhs.psirf.platform.security.CurrentUser;
import uk.nhs.psirf.platform.time.Times;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The seam between events and panel decisions: the decision feature reads events' facts here and records on the
 * events what the panel decided (history, status, outcome told to the reporter). It joins the caller's transaction.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class EventDecisions {
    private final EventRepository events;
    private final TriageCaseRepository cases;
    private final ReporterNotifier notifier;
    private final CurrentUser currentUser;
    private final Clock clock;

    public EventDecisions(EventRepository events, TriageCaseRepository cases, ReporterNotifier notifier,
                          CurrentUser currentUser, Clock clock) {
        this.events = events;
        this.cases = cases;
        this.notifier = notifier;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    public Optional<DecidableEvent> event(UUID eventId) {
        return events.find(eventId).map(EventDecisions::facts);
    }

    public Optional<DecidableCase> triageCase(UUID caseId) {
        return cases.find(caseId).map(c -> new DecidableCase(c.id(), c.reference(), c.title(), c.decided(),
                cases.events(c.id()).stream().map(EventDecisions::facts).toList()));
    }

    /** A decision was recorded or changed: each event's history says so; the status becomes in-triage if new. */
    public void noteOnHistory(Collection<UUID> eventIds, String note) {
        Instant now = Times.now(clock);
        for (PatientSafetyEvent event : load(eventIds)) {
            event.history();
            event.note(note, currentUser.sub(), currentUser.name(), now);
        }
    }

    /**
     * The chair approved: the events are decided, the case (if any) is fixed, and each reporter is told the response
     * chosen. A referral is told as such without saying where to, which could identify people.
     */
    public void recordOutcome(Collection<UUID> eventIds, UUID caseId, ResponseType responseType, String note) {
        Instant now = Times.now(clock);
        for (PatientSafetyEvent event : load(eventIds)) {
            event.history();
            event.decide(responseType, note, currentUser.sub(), currentUser.name(), now);
            notifier.tell(event, "A decision was made on your report " + event.reference() + ": "
                    + responseType.display() + ".");
        }
        if (caseId != null) {
            cases.find(caseId).ifPresent(c -> c.markDecided(now));
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
