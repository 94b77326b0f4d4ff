package uk.nhs.psirf.safetyactions.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import uk.nhs.psirf.safetyactions.api.ActionOwnerCandidate;
import uk.nhs.psirf.safetyactions.api.ActionOwnerCandidateList;
import uk.nhs.psirf.safetyactions.api.MySafetyActionList;
import uk.nhs.psirf.safetyactions.api.SafetyActionPage;
import uk.nhs.psirf.safetyactions.api.SafetyActionSummary;
import uk.nhs.psirf.safetyactions.api.SafetyActionView;
import uk.nhs.psirf.safetyactions.domain.ActionStatus;
import uk.nhs.psirf.safetyactions.domain.Effectiveness;
import uk.nhs.psirf.safetyactions.domain.SafetyAction;
import uk.nhs.psirf.safetyactions.persistence.SafetyActionRepository;
import uk.nhs.psirf.people.persistence.PeopleDirectory;
import uk.nhs.psirf.platform.audit.AuditAction;
import uk.nhs.psirf.platform.audit.AuditService;
import uk.nhs.psirf.platform.error.AccessDeniedException;
import uk.nhs.psirf.platform.error.ApiException;
import uk.nhs.psirf.platform.query.PageRequest;

import java.util.Comparator;
import java.util.List;
import java.util.UUID;

/** Reads of safety actions; every read and list is audited, since descriptions and progress notes may name people. */
@ApplicationScoped
@Transactional
public class SafetyActionQueryService {
    private static final int MAX_CANDIDATES = 50;

    private final SafetyActionRepository actions;
    private final SafetyActionViews views;
    private final ActionAccess access;
    private final PeopleDirectory people;
    private final AuditService audit;

    public SafetyActionQueryService(SafetyActionRepository actions, SafetyActionViews views, ActionAccess access,
                                    PeopleDirectory people, AuditService audit) {
        this.actions = actions;
        this.views = views;
        this.access = access;
        this.people = people;
        this.audit = audit;
    }

    public record Filter(ActionStatus status, boolean overdue, boolean notEffective, boolean reviewDue,
                         UUID responseId, UUID planId) {
        boolean keeps(SafetyActionSummary summary) {
            return (!overdue || summary.overdue())
                    && (!notEffective || Effectiveness.NOT_EFFECTIVE.code().equals(summary.effectiveness()))
                    && (!reviewDue || summary.reviewDue());
        }

        String describe() {
            return (status == null ? "" : " status=" + status.code()) + (overdue ? " overdue" : "")
                    + (notEffective ? " not-effective" : "") + (reviewDue ? " review-due" : "")
                    + (responseId == null ? "" : " responseId=" + responseId)
                    + (planId == null ? "" : " planId=" + planId);
        }
    }

    /** Every action for the patient safety team and the Chief Nurse; a lead's list holds the actions on their responses. */
    public SafetyActionPage list(Filter filter, PageRequest page) {
        List<UUID> onResponses = access.seesEveryAction() ? null : access.responsesLed();
        List<SafetyActionSummary> found = views.summaries(actions.matching(filter.status(), filter.responseId(),
                filter.planId(), onResponses)).stream().filter(filter::keeps).toList();
        audit.record(AuditAction.LIST, SafetyActionService.ENTITY_TYPE, null, "safety actions page " + page.page()
                + filter.describe());
        long total = found.size();
        return new SafetyActionPage(found.stream().skip(page.offset()).limit(page.size()).toList(), page.page(),
                page.size(), total, page.totalPages(total));
    }

    /** The actions the caller owns, overdue first, then soonest due. */
    public MySafetyActionList mine() {
        List<SafetyAction> owned = access.callerPerson().map(actions::ownedBy).orElse(List.of());
        List<SafetyActionSummary> items = views.summaries(owned).stream()
                .sorted(Comparator.comparing((SafetyActionSummary s) -> !s.overdue())).toList();
        audit.record(AuditAction.LIST, SafetyActionService.ENTITY_TYPE, null, "my safety actions: " + items.size());
        return new MySafetyActionList(items);
    }

    public SafetyActionView action(UUID actionId) {
        SafetyAction action = actions.find(actionId).orElse(null);
        if (action == null && access.seesEveryAction()) {
            throw ApiException.notFound("The safety action");
        }
        boolean manages = action != null && access.manages(action);
        if (action == null || (!manages && !access.owns(action))) {
            throw new AccessDeniedException(SafetyActionService.ENTITY_TYPE, actionId.toString());
        }
        audit.record(AuditAction.READ, SafetyActionService.ENTITY_TYPE, actionId.toString(), action.reference());
        return views.detail(action, manages, actions.progressOf(actionId), actions.reviewsOf(actionId));
    }

    /** Active people of the directory who may be named as an action's owner: id, name and job role only. */
    public ActionOwnerCandidateList ownerCandidates(String search) {
        List<ActionOwnerCandidate> items = people.search(search, true).stream().limit(MAX_CANDIDATES)
                .map(p -> new ActionOwnerCandidate(p.id().toString(), p.name(), p.jobRole())).toList();
        audit.record(AuditAction.LIST, "person", null, "safety action owner candidates"
                + (search == null ? "" : " matching '" + search + "'") + ": " + items.size());
        return new ActionOwnerCandidateList(items);
    }
}
