package uk.nhs.psirf.decisions.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import uk.nhs.psirf.decisions.api.DecisionPage;
import uk.nhs.psirf.decisions.api.DecisionToApproveList;
import uk.nhs.psirf.decisions.api.DecisionView;
import uk.nhs.psirf.decisions.domain.PanelDecision;
import uk.nhs.psirf.decisions.domain.PanelMember;
import uk.nhs.psirf.decisions.persistence.DecisionFilter;
import uk.nhs.psirf.decisions.persistence.DecisionRepository;
import uk.nhs.psirf.platform.audit.AuditAction;
import uk.nhs.psirf.platform.audit.AuditService;
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

    /** The patient safety team and the Chief Nurse read any decision; anyone else only one they chair. */
    public DecisionView decision(UUID id) {
        DecisionApprovers.Caller caller = approvers.caller();
        PanelDecision decision = caller.reach(decisions.find(id), id);
        audit.record(AuditAction.READ, DecisionService.ENTITY_TYPE, id.toString(), "decision "
                + decision.content().responseType().code() + " events=" + decision.eventIds());
        return views.detail(decision, caller);
    }

    /**
     * The decisions awaiting the caller's approval as the chair of their panel (their sign-in's record in the
     * directory), oldest first; not those they recorded or last changed, which they cannot approve, nor those the
     * Chief Nurse may approve without chairing them. Empty when the directory does not know the caller.
     */
    public DecisionToApproveList awaitingMyApproval() {
        DecisionApprovers.Caller caller = approvers.caller();
        List<PanelDecision> found = caller.personId().map(decisions::awaitingApprovalChairedBy).orElse(List.of())
                .stream().filter(caller::awaitsTheirApprovalAsChair).toList();
        audit.record(AuditAction.LIST, DecisionService.ENTITY_TYPE, null, "decisions awaiting my approval as chair: "
                + found.size());
        return new DecisionToApproveList(found.stream().map(views::toApprove).toList());
    }
}
