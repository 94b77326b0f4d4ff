package uk.nhs.psirf.triage.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import uk.nhs.psirf.platform.audit.AuditAction;
import uk.nhs.psirf.platform.audit.AuditService;
import uk.nhs.psirf.platform.query.PageRequest;
import uk.nhs.psirf.reporting.Events;
import uk.nhs.psirf.reporting.api.EventPage;
import uk.nhs.psirf.reporting.domain.PatientSafetyEvent;
import uk.nhs.psirf.reporting.domain.TriageFilter;

import java.util.List;

/** The triage queue: the reported events the patient safety team works through; every read is audited. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class TriageQueueService {
    private final Events events;
    private final AuditService audit;

    public TriageQueueService(Events events, AuditService audit) {
        this.events = events;
        this.audit = audit;
    }

    public EventPage triageQueue(TriageFilter filter, PageRequest page) {
        List<PatientSafetyEvent> found = events.search(filter, page.offset(), page.size());
        long total = events.count(filter);
        audit.record(AuditAction.LIST, Events.ENTITY_TYPE, null,
                ("triage queue page " + page.page() + " " + filter.describe()).trim());
        return new EventPage(events.summaries(found), page.page(), page.size(), total, page.totalPages(total));
    }
}
