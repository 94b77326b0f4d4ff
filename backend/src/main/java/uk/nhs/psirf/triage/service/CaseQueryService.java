package uk.nhs.psirf.triage.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import uk.nhs.psirf.platform.audit.AuditAction;
import uk.nhs.psirf.platform.audit.AuditService;
import uk.nhs.psirf.platform.error.ApiException;
import uk.nhs.psirf.platform.query.PageRequest;
import uk.nhs.psirf.reporting.Events;
import uk.nhs.psirf.triage.api.CasePage;
import uk.nhs.psirf.triage.api.CaseSummary;
import uk.nhs.psirf.triage.api.CaseView;
import uk.nhs.psirf.triage.domain.TriageCase;
import uk.nhs.psirf.triage.persistence.TriageCaseRepository;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Reads of cases; titles and event summaries may name people, so each read is audited. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class CaseQueryService {
    private final TriageCaseRepository cases;
    private final CaseViews views;
    private final Events events;
    private final AuditService audit;

    public CaseQueryService(TriageCaseRepository cases, CaseViews views, Events events, AuditService audit) {
        this.cases = cases;
        this.views = views;
        this.events = events;
        this.audit = audit;
    }

    public CasePage list(PageRequest page) {
        List<TriageCase> found = cases.page(page.offset(), page.size());
        long total = cases.count();
        Map<UUID, Integer> counts = events.countsByCase(found.stream().map(TriageCase::id).toList());
        List<CaseSummary> items = found.stream().map(c -> views.summary(c, counts.getOrDefault(c.id(), 0))).toList();
        audit.record(AuditAction.LIST, CaseService.ENTITY_TYPE, null, "cases page " + page.page());
        return new CasePage(items, page.page(), page.size(), total, page.totalPages(total));
    }

    public CaseView get(UUID id) {
        TriageCase triageCase = cases.find(id).orElseThrow(() -> ApiException.notFound("The case"));
        CaseView view = views.detail(triageCase, events.inCase(id));
        audit.record(AuditAction.READ, CaseService.ENTITY_TYPE, id.toString(), triageCase.reference());
        return view;
    }
}
