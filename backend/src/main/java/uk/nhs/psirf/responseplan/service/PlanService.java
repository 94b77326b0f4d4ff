package uk.nhs.psirf.responseplan.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import uk.nhs.psirf.responseplan.api.PlanVersionInput;
import uk.nhs.psirf.responseplan.api.PlanVersionView;
import uk.nhs.psirf.responseplan.domain.ApprovedVersionPolicy;
import uk.nhs.psirf.responseplan.domain.EqualityImpact;
import uk.nhs.psirf.responseplan.domain.EqualityImpactApprovalPolicy;
import uk.nhs.psirf.responseplan.domain.GroupImpact;
import uk.nhs.psirf.responseplan.domain.InForcePolicy;
import uk.nhs.psirf.responseplan.domain.OwnDraftApprovalPolicy;
import uk.nhs.psirf.responseplan.domain.PlanContent;
import uk.nhs.psirf.responseplan.domain.PlanPeriod;
import uk.nhs.psirf.responseplan.domain.PlanPeriodOverlapPolicy;
import uk.nhs.psirf.responseplan.domain.PlanVersion;
import uk.nhs.psirf.responseplan.persistence.PlanRepository;
import uk.nhs.psirf.platform.audit.AuditAction;
import uk.nhs.psirf.platform.audit.AuditService;
import uk.nhs.psirf.platform.error.ApiException;
import uk.nhs.psirf.platform.error.FieldError;
import uk.nhs.psirf.platform.error.Problem;
import uk.nhs.psirf.platform.error.ProblemCode;
import uk.nhs.psirf.platform.error.ValidationFailedException;
import uk.nhs.psirf.platform.security.CurrentUser;
import uk.nhs.psirf.platform.time.Times;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Use cases: a patient safety specialist drafts and edits a plan version; the Chief Nurse approves it. */
@ApplicationScoped
public class PlanService {
    public static final String ENTITY_TYPE = "response-plan-version";
    public static final String OVERLAPS_APPROVED_PLAN = "overlaps-approved-plan";
    public static final String FULL_ASSESSMENT_REQUIRED = "full-assessment-required";
    public static final String OWN_DRAFT = "own-draft";

    private final PlanRepository plans;
    private final PlanInputs inputs;
    private final PlanViews views;
    private final CurrentUser currentUser;
    private final AuditService audit;
    private final Clock clock;

    public PlanService(PlanRepository plans, PlanInputs inputs, PlanViews views, CurrentUser currentUser,
                       AuditService audit, Clock clock) {
        this.plans = plans;
        this.inputs = inputs;
        this.views = views;
        this.currentUser = currentUser;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public PlanVersionView draft(PlanVersionInput input) {
        PlanContent content = inputs.toContent(input);
        plans.lockPlan();
        requireNoOverlap(content.period(), List.of());
        PlanVersion version = PlanVersion.draft(plans.nextNumber(), content, currentUser.sub(), currentUser.name(),
                Times.now(clock));
        plans.add(version);
        plans.flush();
        audit.record(AuditAction.CREATE, ENTITY_TYPE, version.id().toString(),
                "draft response plan version " + version.number() + " " + describe(version));
        return views.detail(version);
    }

    @Transactional
    public PlanVersionView edit(UUID id, PlanVersionInput input) {
        if (input.version() == null) {
            throw new ValidationFailedException(List.of(new FieldError("version", FieldError.REQUIRED,
                    "The version last read is required")));
        }
        plans.lockPlan();
        PlanVersion version = plans.find(id).orElseThrow(() -> ApiException.notFound("The plan version"));
        if (!ApprovedVersionPolicy.mayEdit(version)) {
            throw new ApiException(Problem.of(ProblemCode.CONFLICT, "Version " + version.number() + " is "
                    + version.status().code() + " and cannot be edited. Start a new draft instead."));
        }
        if (version.version() != input.version()) {
            throw ApiException.staleVersion();
        }
        PlanContent content = inputs.toContent(input);
        requireNoOverlap(content.period(), List.of());
        String before = describe(version);
        version.edit(content, currentUser.sub(), currentUser.name(), Times.now(clock));
        plans.flush();
        audit.record(AuditAction.UPDATE, ENTITY_TYPE, version.id().toString(),
                "edit response plan version " + version.number() + ": " + before + " -> " + describe(version));
        return views.detail(version);
    }

    @Transactional
    public PlanVersionView approve(UUID id, long expectedVersion) {
        plans.lockPlan();
        PlanVersion version = plans.find(id).orElseThrow(() -> ApiException.notFound("The plan version"));
        if (!ApprovedVersionPolicy.mayEdit(version)) {
            throw new ApiException(Problem.of(ProblemCode.CONFLICT,
                    "Version " + version.number() + " is already " + version.status().code() + "."));
        }
        if (version.version() != expectedVersion) {
            throw ApiException.staleVersion();
        }
        List<FieldError> blockers = new ArrayList<>();
        if (!OwnDraftApprovalPolicy.mayApprove(version, currentUser.sub())) {
            blockers.add(new FieldError("versionId", OWN_DRAFT, "You drafted or last edited this version, so "
                    + "someone else must approve it"));
        }
        blockers.addAll(approvalBlockers(version.equalityImpact()));
        requireNoOverlap(version.period(), blockers);
        Optional<PlanVersion> inForce = plans.inForce();
        Instant now = Times.now(clock);
        // The superseded version leaves the one-in-force index before the approved one enters it.
        InForcePolicy.approve(version, inForce, currentUser.sub(), currentUser.name(), now, plans::flush);
        plans.flush();
        audit.record(AuditAction.UPDATE, ENTITY_TYPE, version.id().toString(),
                "approve response plan version " + version.number() + " " + describe(version)
                        + inForce.map(v -> "; supersedes version " + v.number()).orElse(""));
        inForce.ifPresent(v -> audit.record(AuditAction.UPDATE, ENTITY_TYPE, v.id().toString(),
                "response plan version " + v.number() + " superseded by version " + version.number()));
        return views.detail(version);
    }

    /** What the RAPID assessment still lacks before the plan may be approved. */
    static List<FieldError> approvalBlockers(EqualityImpact eia) {
        List<FieldError> errors = new ArrayList<>();
        if (eia.reviewerName() == null) {
            errors.add(new FieldError("equalityImpact.reviewerName", FieldError.REQUIRED,
                    "Enter the name of the equality impact reviewer"));
        }
        if (eia.reviewerRole() == null) {
            errors.add(new FieldError("equalityImpact.reviewerRole", FieldError.REQUIRED,
                    "Enter the job role of the equality impact reviewer"));
        }
        if (eia.reviewedOn() == null) {
            errors.add(new FieldError("equalityImpact.reviewedOn", FieldError.REQUIRED,
                    "Enter the date of the equality impact review"));
        }
        List<GroupImpact> groups = eia.groups();
        for (int i = 0; i < groups.size(); i++) {
            if (groups.get(i).impact() == null) {
                errors.add(new FieldError("equalityImpact.groups[" + i + "].impact", FieldError.REQUIRED,
                        "Choose positive, negative or no impact for " + groups.get(i).group().display().toLowerCase()));
            }
        }
        if (!EqualityImpactApprovalPolicy.allowsApproval(eia)) {
            errors.add(new FieldError("equalityImpact.fullAssessment", FULL_ASSESSMENT_REQUIRED,
                    "A negative impact was found: record the full Equality Impact Assessment (title, date completed "
                            + "and summary) before approval"));
        }
        return errors;
    }

    private void requireNoOverlap(PlanPeriod period, List<FieldError> otherErrors) {
        List<FieldError> errors = new ArrayList<>(otherErrors);
        PlanPeriodOverlapPolicy.overlapped(period, plans.approved()).ifPresent(v -> errors.add(0, new FieldError(
                "periodFrom", OVERLAPS_APPROVED_PLAN, "The plan period overlaps approved version " + v.number()
                + " (" + v.period().from() + " to " + v.period().to() + "); choose dates outside it")));
        if (!errors.isEmpty()) {
            throw new ValidationFailedException(errors);
        }
    }

    private static String describe(PlanVersion v) {
        return "period=" + v.period().from() + ".." + v.period().to() + " review=" + v.reviewDate()
                + " priorities=" + v.priorities().size() + " negativeImpact=" + v.equalityImpact().anyNegative();
    }
}
