package uk.nhs.psirf.improvementplans.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import uk.nhs.psirf.safetyactions.domain.OverduePolicy;
import uk.nhs.psirf.improvementplans.api.ImprovementPlanAction;
import uk.nhs.psirf.improvementplans.api.ImprovementPlanClosure;
import uk.nhs.psirf.improvementplans.api.ImprovementPlanInput;
import uk.nhs.psirf.improvementplans.api.ImprovementPlanPage;
import uk.nhs.psirf.improvementplans.api.ImprovementPlanProgress;
import uk.nhs.psirf.improvementplans.api.ImprovementPlanResponseItem;
import uk.nhs.psirf.improvementplans.api.ImprovementPlanSummary;
import uk.nhs.psirf.improvementplans.api.ImprovementPlanView;
import uk.nhs.psirf.improvementplans.domain.ActionRow;
import uk.nhs.psirf.improvementplans.domain.ClosedPlanPolicy;
import uk.nhs.psirf.improvementplans.domain.ImprovementPlan;
import uk.nhs.psirf.improvementplans.domain.PlanDetails;
import uk.nhs.psirf.improvementplans.domain.PlanScope;
import uk.nhs.psirf.improvementplans.domain.PlanScopePolicy;
import uk.nhs.psirf.improvementplans.domain.PlanStatus;
import uk.nhs.psirf.improvementplans.domain.Progress;
import uk.nhs.psirf.improvementplans.domain.ProgressPolicy;
import uk.nhs.psirf.improvementplans.domain.ReviewDatePolicy;
import uk.nhs.psirf.improvementplans.persistence.ImprovementPlanRepository;
import uk.nhs.psirf.improvementplans.service.PlanLinks.ActionRecord;
import uk.nhs.psirf.improvementplans.service.PlanLinks.ResponseRow;
import uk.nhs.psirf.people.Directory;
import uk.nhs.psirf.people.DirectoryPerson;
import uk.nhs.psirf.platform.audit.AuditAction;
import uk.nhs.psirf.platform.audit.AuditService;
import uk.nhs.psirf.platform.error.ApiException;
import uk.nhs.psirf.platform.error.FieldError;
import uk.nhs.psirf.platform.error.FieldErrorCode;
import uk.nhs.psirf.platform.error.ValidationFailedException;
import uk.nhs.psirf.platform.query.PageRequest;
import uk.nhs.psirf.platform.security.Stamp;
import uk.nhs.psirf.platform.security.Stamps;
import uk.nhs.psirf.platform.time.ClockProducer;
import uk.nhs.psirf.platform.time.Times;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Safety improvement plans (policy §16). Every read and change is audited; changes take the version last read, and
 * a closed plan refuses them (409, {@code plan-closed}) until it is reopened.
 */
@ApplicationScoped
@Transactional
public class ImprovementPlanService {
    public static final String ENTITY_TYPE = "improvement-plan";
    private final ImprovementPlanRepository plans;
    private final PlanLinks links;
    private final Directory directory;
    private final Stamps stamps;
    private final AuditService audit;
    private final Clock clock;

    public ImprovementPlanService(ImprovementPlanRepository plans, PlanLinks links, Directory directory, Stamps stamps,
                                  AuditService audit, Clock clock) {
        this.plans = plans;
        this.links = links;
        this.directory = directory;
        this.stamps = stamps;
        this.audit = audit;
        this.clock = clock;
    }

    public ImprovementPlanPage list(PlanStatus status, PageRequest page) {
        LocalDate today = today();
        List<ImprovementPlan> found = plans.page(status, page.offset(), page.size());
        long total = plans.count(status);
        Set<UUID> ids = found.stream().map(ImprovementPlan::id).collect(Collectors.toSet());
        Map<UUID, List<ActionRecord>> actions = links.actions(ids).stream()
                .collect(Collectors.groupingBy(ActionRecord::planId));
        Map<UUID, Integer> responses = plans.responseCounts(ids);
        Map<UUID, String> owners = directory.names(found.stream().map(ImprovementPlan::ownerPersonId).toList());
        List<ImprovementPlanSummary> items = found.stream().map(p -> new ImprovementPlanSummary(p.id().toString(),
                p.reference(), p.title(), p.scope(), PlanScopePolicy.display(p.scope(), p.scopeDetail()), p.status(),
                owners.get(p.ownerPersonId()), p.reviewOn(), ReviewDatePolicy.overdue(p.status(), p.reviewOn(), today),
                progress(actions.getOrDefault(p.id(), List.of()), responses.getOrDefault(p.id(), 0), today))).toList();
        audit.record(AuditAction.LIST, ENTITY_TYPE, null, "improvement plans"
                + (status == null ? "" : " status=" + status.code()) + " page=" + page.page() + ": " + items.size()
                + " plans" + (items.isEmpty() ? "" : " (" + items.stream().map(ImprovementPlanSummary::reference)
                .collect(Collectors.joining(", ")) + ")"));
        return new ImprovementPlanPage(items, page.page(), page.size(), total, page.totalPages(total));
    }

    public ImprovementPlanView plan(UUID planId) {
        ImprovementPlan plan = find(planId);
        ImprovementPlanView view = view(plan);
        audit.record(AuditAction.READ, ENTITY_TYPE, planId.toString(), plan.reference() + ": "
                + view.responses().size() + " learning responses, " + view.actions().size() + " safety actions");
        return view;
    }

    public ImprovementPlanView create(ImprovementPlanInput input) {
        PlanDetails details = checked(input, null);
        Stamp now = stamps.current();
        String reference = String.format("SIP-%d-%04d", now.at().atZone(ClockProducer.UK).getYear(),
                plans.nextReferenceNumber());
        ImprovementPlan plan = ImprovementPlan.open(reference, details, now);
        plans.add(plan);
        plans.flush();
        audit.record(AuditAction.CREATE, ENTITY_TYPE, plan.id().toString(), reference + " opened; " + describe(plan));
        return view(plan);
    }

    public ImprovementPlanView change(UUID planId, ImprovementPlanInput input) {
        ImprovementPlan plan = find(planId);
        requireOpen(plan);
        if (input.version() == null) {
            throw new ValidationFailedException(List.of(new FieldError("version", FieldErrorCode.REQUIRED,
                    "The version last read is required")));
        }
        requireVersion(plan, input.version());
        PlanDetails details = checked(input, plan.reviewOn());
        plan.change(details, stamps.current());
        plans.flush();
        audit.record(AuditAction.UPDATE, ENTITY_TYPE, plan.id().toString(), plan.reference() + " changed; "
                + describe(plan));
        return view(plan);
    }

    public ImprovementPlanView addResponse(UUID planId, UUID responseId) {
        ImprovementPlan plan = find(planId);
        requireOpen(plan);
        String reference = links.responseReference(responseId).orElseThrow(() -> new ValidationFailedException(
                List.of(new FieldError("responseId", FieldErrorCode.UNKNOWN_RESPONSE,
                        "Select a learning response from the list"))));
        plans.addResponse(planId, responseId, stamps.current().at());
        audit.record(AuditAction.UPDATE, ENTITY_TYPE, plan.id().toString(), plan.reference() + " gathers "
                + reference + " (" + responseId + ")");
        return view(plan);
    }

    public ImprovementPlanView removeResponse(UUID planId, UUID responseId) {
        ImprovementPlan plan = find(planId);
        requireOpen(plan);
        if (!plans.holdsResponse(planId, responseId)) {
            throw ApiException.notFound("The learning response " + responseId + " in " + plan.reference());
        }
        String reference = links.responseReference(responseId).orElse(responseId.toString());
        plans.removeResponse(planId, responseId);
        audit.record(AuditAction.UPDATE, ENTITY_TYPE, plan.id().toString(), plan.reference() + " no longer gathers "
                + reference + " (" + responseId + ")");
        return view(plan);
    }

    public ImprovementPlanView close(UUID planId, ImprovementPlanClosure closure) {
        ImprovementPlan plan = find(planId);
        requireOpen(plan);
        requireVersion(plan, closure.version());
        plan.close(closure.note().strip(), stamps.current());
        plans.flush();
        audit.record(AuditAction.UPDATE, ENTITY_TYPE, plan.id().toString(), plan.reference() + " closed: "
                + plan.closureNote());
        return view(plan);
    }

    public ImprovementPlanView reopen(UUID planId, long version) {
        ImprovementPlan plan = find(planId);
        ClosedPlanPolicy.mayReopen(plan.reference(), plan.status()).orThrow();
        requireVersion(plan, version);
        String note = plan.closureNote();
        plan.reopen(stamps.current());
        plans.flush();
        audit.record(AuditAction.UPDATE, ENTITY_TYPE, plan.id().toString(), plan.reference()
                + " reopened (it had closed with the note: " + note + ")");
        return view(plan);
    }

    private PlanDetails checked(ImprovementPlanInput input, LocalDate previousReviewOn) {
        List<FieldError> errors = new ArrayList<>();
        PlanScope scope = PlanScope.fromCode(input.scope()).orElse(null);
        if (scope == null) {
            errors.add(new FieldError("scope", FieldErrorCode.UNKNOWN_CODE, "Select what the plan is for"));
        }
        String detail = null;
        Long locationId = null;
        if (scope != null && PlanScopePolicy.needsNamedDetail(scope)) {
            detail = blankToNull(input.scopeDetail());
            if (detail == null) {
                errors.add(new FieldError("scopeDetail", FieldErrorCode.REQUIRED,
                        "Enter the " + scope.label().toLowerCase() + " the plan is for"));
            }
        } else if (scope != null && PlanScopePolicy.needsLocation(scope)) {
            String code = blankToNull(input.locationCode());
            if (code == null) {
                errors.add(new FieldError("locationCode", FieldErrorCode.REQUIRED,
                        "Select the location the plan is for"));
            } else {
                var location = links.activeLocation(code);
                if (location.isEmpty()) {
                    errors.add(new FieldError("locationCode", FieldErrorCode.UNKNOWN_LOCATION,
                            "Select a location from the list"));
                } else {
                    detail = location.get().name();
                    locationId = location.get().id();
                }
            }
        }
        DirectoryPerson owner = directory.find(input.ownerPersonId()).filter(DirectoryPerson::active).orElse(null);
        if (owner == null) {
            errors.add(new FieldError("ownerPersonId", FieldErrorCode.UNKNOWN_PERSON,
                    "Select the owner from the people directory"));
        }
        errors.addAll(ReviewDatePolicy.acceptable(input.reviewOn(), previousReviewOn, today()).errors());
        if (!errors.isEmpty()) {
            throw new ValidationFailedException(errors);
        }
        return new PlanDetails(input.title().strip(), scope, detail, locationId, blankToNull(input.summary()),
                blankToNull(input.qiProjectLink()), owner.id(), input.reviewOn());
    }

    private ImprovementPlanView view(ImprovementPlan plan) {
        LocalDate today = today();
        List<ResponseRow> responses = links.responses(plan.id());
        List<ActionRecord> actions = links.actions(Set.of(plan.id()));
        String ownerName = directory.names(Set.of(plan.ownerPersonId())).get(plan.ownerPersonId());
        return new ImprovementPlanView(plan.id().toString(), plan.reference(), plan.version(), plan.title(),
                plan.scope(), plan.scopeDetail(),
                plan.locationId() == null ? null : links.locationCode(plan.locationId()).orElse(null),
                PlanScopePolicy.display(plan.scope(), plan.scopeDetail()), plan.summary(), plan.qiProjectLink(),
                plan.ownerPersonId().toString(), ownerName, plan.reviewOn(),
                ReviewDatePolicy.overdue(plan.status(), plan.reviewOn(), today), plan.status(), plan.closedAt(),
                plan.closureNote(), progress(actions, responses.size(), today),
                responses.stream().map(r -> new ImprovementPlanResponseItem(r.id().toString(), r.reference(),
                        r.responseType(), r.status(), r.addedAt())).toList(),
                actions.stream().map(a -> new ImprovementPlanAction(a.id().toString(), a.reference(), a.title(),
                        a.ownerName(), a.dueOn(), a.status(), OverduePolicy.isOverdue(a.status(), a.dueOn(), today),
                        a.effectiveness())).toList(),
                ClosedPlanPolicy.acceptsChanges(plan.status()), plan.createdAt(), plan.lastChange().at(),
                plan.lastChange().byName());
    }

    private static ImprovementPlanProgress progress(List<ActionRecord> actions, int responses, LocalDate today) {
        Progress p = ProgressPolicy.count(actions.stream()
                .map(a -> new ActionRow(a.status(), a.dueOn(), a.effectiveness())).toList(), responses, today);
        return new ImprovementPlanProgress(p.actions(), p.completed(), p.overdue(), p.notEffective(), p.responses());
    }

    private ImprovementPlan find(UUID planId) {
        return plans.find(planId).orElseThrow(() -> ApiException.notFound("The improvement plan"));
    }

    /** 409 naming the plan: a closed plan is kept as it closed; nothing is changed. */
    private static void requireOpen(ImprovementPlan plan) {
        ClosedPlanPolicy.mayChange(plan.reference(), plan.status()).orThrow();
    }

    private static void requireVersion(ImprovementPlan plan, long version) {
        if (plan.version() != version) {
            throw ApiException.staleVersion();
        }
    }

    private LocalDate today() {
        return Times.todayInUk(clock);
    }

    private static String describe(ImprovementPlan plan) {
        return "scope=" + plan.scope().code() + (plan.locationId() != null ? " location=" + plan.locationId() : "")
                + " owner=" + plan.ownerPersonId() + " reviewOn=" + plan.reviewOn();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
