package uk.nhs.psirf.triage.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import uk.nhs.psirf.platform.audit.AuditAction;
import uk.nhs.psirf.platform.audit.AuditService;
import uk.nhs.psirf.reference.Code;
import uk.nhs.psirf.reference.Lfpse;
import uk.nhs.psirf.reporting.Events;
import uk.nhs.psirf.reporting.domain.PatientSafetyEvent;
import uk.nhs.psirf.reporting.domain.TriageFilter;

import java.util.List;

/**
 * The triage queue as CSV. Only coded, non-identifiable columns: exports end up in spreadsheets and e-mails,
 * so free text and patient details stay in the system.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class EventExportService {
    public static final int MAX_ROWS = 50_000;
    private static final int BATCH = 1_000;
    private static final List<String> HEADER = List.of("reference", "status", "reportedAt", "occurredAt", "eventType",
            "categoryCode", "category", "physicalHarmCode", "physicalHarm", "psychologicalHarmCode",
            "psychologicalHarm", "locationCode", "location", "service", "directorate", "patientInvolved");

    private final Events events;
    private final AuditService audit;

    public EventExportService(Events events, AuditService audit) {
        this.events = events;
        this.audit = audit;
    }

    public String export(TriageFilter filter) {
        StringBuilder csv = new StringBuilder();
        Csv.appendRow(csv, HEADER);
        int rows = 0;
        PatientSafetyEvent last = null;
        while (rows < MAX_ROWS) {
            List<PatientSafetyEvent> batch = events.searchAfter(filter, last, Math.min(BATCH, MAX_ROWS - rows));
            batch.forEach(event -> Csv.appendRow(csv, row(event)));
            rows += batch.size();
            if (batch.size() < BATCH) {
                break;
            }
            last = batch.get(batch.size() - 1);
            events.detachAll();
        }
        audit.record(AuditAction.EXPORT, Events.ENTITY_TYPE, null,
                (rows + " rows " + filter.describe()).trim());
        return csv.toString();
    }

    private static List<String> row(PatientSafetyEvent event) {
        var location = event.location().view();
        Code physicalHarm = Lfpse.PHYSICAL_HARM.code(event.physicalHarm()).orElseThrow();
        Code psychologicalHarm = Lfpse.PSYCHOLOGICAL_HARM.code(event.psychologicalHarm()).orElseThrow();
        return List.of(event.reference(), event.status().code(), event.reportedAt().toString(),
                event.occurredAt().toString(), event.eventType().code(), event.category().code(),
                event.category().display(), Integer.toString(event.physicalHarm()), physicalHarm.display(),
                Integer.toString(event.psychologicalHarm()), psychologicalHarm.display(), location.code(),
                location.name(), location.service(), location.directorate(),
                Boolean.toString(event.patientInvolved()));
    }
}
