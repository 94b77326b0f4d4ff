package uk.nhs.psirf.decision.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import uk.nhs.psirf.decision.api.DecisionPage;
import uk.nhs.psirf.decision.api.DecisionView;
import uk.nhs.psirf.decision.domain.PanelDecision;
import uk.nhs.psirf.decision.domain.PanelMember;
import uk.nhs.psirf.decision.persistence.DecisionFilter;
import uk.nhs.psirf.decision.persistence.DecisionRepository;
import uk.nhs.psirf.platform.audit.AuditAction;
import uk.nhs.psirf.platform.audit.AuditService;
import uk.nhs.psirf.platform.error.ApiException;
import uk.nhs.psirf.platform.query.PageRequest;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * Reads of decisions; every read is audited, as the minutes and rationale may name people. A transaction, because
 * events are read through their seam.
 */
@ApplicationScoped
@Transactional
public class DecisionQueryService {
    private final DecisionRepository decisions;
    private final DecisionViews views;
    private final AuditService audit;
    private final DecisionApprovers approvers;

    public DecisionQueryService(DecisionRepository decisions, DecisionViews views, AuditService audit,
                                DecisionApprovers approvers) {
        this.decisions = decisions;
        this.views = views;
        this.audit = audit;
        this.approvers = approvers;
    }

    public DecisionPage list(DecisionFilter filter, PageRequest page) {
        List<PanelDecision> found = decisions.page(filter, page.offset(), page.size());
        long total = decisions.count(filter);
        audit.record(AuditAction.LIST, DecisionService.ENTITY_TYPE, null,
                ("decisions page " + page.page() + " " + filter.describe()).trim());
        DecisionApprovers.Caller caller = approvers.caller();
        return new DecisionPage(found.stream().map(d -> views.detail(d, caller)).toList(), page.page(), page.size(),
                total, page.totalPages(total));
    }

    /**
     * The names recorded on a decision: its panel members and who recorded, last revised and approved it.
     * For redaction before anything about it reaches a patient safety partner: read in the caller's transaction and
     * never served, so not audited here (the caller audits what it serves).
     */
    public List<String> namesHeld(UUID decisionId) {
        return decisions.find(decisionId).map(d -> {
            List<String> names = new ArrayList<>(d.content().panelMembers().stream().map(PanelMember::name).toList());
            names.add(d.recordedByName());
            names.add(d.approvedByName());
            return names.stream().filter(Objects::nonNull).toList();
        }).orElse(List.of());
    }

    public DecisionView decision(UUID id) {
        PanelDecision decision = decisions.find(id).orElseThrow(() -> ApiException.notFound("The decision"));
        audit.record(AuditAction.READ, DecisionService.ENTITY_TYPE, id.toString(), "decision "
                + decision.content().responseType().code() + " events=" + decision.eventIds());
        return views.detail(decision);
    }
}
