package uk.nhs.psirf.incident.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import uk.nhs.psirf.incident.api.CasePage;
import uk.nhs.psirf.incident.api.CaseSummary;
import uk.nhs.psirf.incident.api.CaseView;
import uk.nhs.psirf.incident.domain.TriageCase;
import uk.nhs.psirf.incident.persistence.TriageCaseRepository;
import uk.nhs.psirf.platform.audit.AuditAction;
import uk.nhs.psirf.platform.audit.AuditService;
import uk.nhs.psirf.platform.error.ApiException;
import uk.nhs.psirf.platform.query.PageRequest;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Reads of cases; titles and event summaries may name people, so each read is audited. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class CaseQueryService {
    private final TriageCaseRepository cases;
    private final CaseViews views;
    private final CurrentViewer currentViewer;
    private final AuditService audit;

    public CaseQueryService(TriageCaseRepository cases, CaseViews views, CurrentViewer currentViewer,
                            AuditService audit) {
        this.cases = cases;
        this.views = views;
        this.currentViewer = currentViewer;
        this.audit = audit;
    }

    public CasePage list(PageRequest page) {
        List<TriageCase> found = cases.page(page.offset(), page.size());
        long total = cases.count();
        Map<UUID, Integer> counts = cases.eventCounts(found.stream().map(TriageCase::id).toList());
        List<CaseSummary> items = found.stream().map(c -> views.summary(c, counts.getOrDefault(c.id(), 0))).toList();
        audit.record(AuditAction.LIST, CaseService.ENTITY_TYPE, null, "cases page " + page.page());
        return new CasePage(items, page.page(), page.size(), total, page.totalPages(total));
    }

    public CaseView get(UUID id) {
        TriageCase triageCase = cases.find(id).orElseThrow(() -> ApiException.notFound("The case"));
        CaseView view = views.detail(triageCase, cases.events(id), currentViewer.get());
        audit.record(AuditAction.READ, CaseService.ENTITY_TYPE, id.toString(), triageCase.reference());
        return view;
    }
}
