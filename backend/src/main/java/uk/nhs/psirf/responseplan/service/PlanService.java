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
import uk.nhs.psirf.platform.error.FieldErrorCode;
import uk.nhs.psirf.platform.error.ValidationFailedException;
import uk.nhs.psirf.platform.security.Stamps;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Use cases: a patient safety specialist drafts and edits a plan version; the Chief Nurse approves it. */
@ApplicationScoped
public class PlanService {
    public static final String ENTITY_TYPE = "response-plan-version";

    private final PlanRepository plans;
    private final PlanInputs inputs;
    private final PlanViews views;
    private final Stamps stamps;
    private final AuditService audit;

    public PlanService(PlanRepository plans, PlanInputs inputs, PlanViews views, Stamps stamps,
                       AuditService audit) {
        this.plans = plans;
        this.inputs = inputs;
        this.views = views;
        this.stamps = stamps;
        this.audit = audit;
    }

    @Transactional
    public PlanVersionView draft(PlanVersionInput input) {
        PlanContent content = inputs.toContent(input);
        plans.lockPlan();
        requireNoOverlap(content.period(), List.of());
        PlanVersion version = PlanVersion.draft(plans.nextNumber(), content, stamps.current());
        plans.add(version);
        plans.flush();
        audit.record(AuditAction.CREATE, ENTITY_TYPE, version.id().toString(),
                "draft response plan version " + version.number() + " " + describe(version));
        return views.detail(version);
    }

    @Transactional
    public PlanVersionView edit(UUID id, PlanVersionInput input) {
        if (input.version() == null) {
            throw new ValidationFailedException(List.of(new FieldError("version", FieldErrorCode.REQUIRED,
                    "The version last read is required")));
        }
        plans.lockPlan();
        PlanVersion version = plans.find(id).orElseThrow(() -> ApiException.notFound("The plan version"));
        ApprovedVersionPolicy.mayEdit(version).orThrow();
        if (version.version() != input.version()) {
            throw ApiException.staleVersion();
        }
        PlanContent content = inputs.toContent(input);
        requireNoOverlap(content.period(), List.of());
        String before = describe(version);
        version.edit(content, stamps.current());
        plans.flush();
        audit.record(AuditAction.UPDATE, ENTITY_TYPE, version.id().toString(),
                "edit response plan version " + version.number() + ": " + before + " -> " + describe(version));
        return views.detail(version);
    }

    @Transactional
    public PlanVersionView approve(UUID id, long expectedVersion) {
        plans.lockPlan();
        PlanVersion version = plans.find(id).orElseThrow(() -> ApiException.notFound("The plan version"));
        ApprovedVersionPolicy.mayBeApproved(version).orThrow();
        if (version.version() != expectedVersion) {
            throw ApiException.staleVersion();
        }
        List<FieldError> blockers = new ArrayList<>();
        blockers.addAll(OwnDraftApprovalPolicy.mayApprove(version, stamps.current().sub()).errors());
        blockers.addAll(approvalBlockers(version.equalityImpact()));
        requireNoOverlap(version.period(), blockers);
        Optional<PlanVersion> inForce = plans.inForce();
        // The superseded version leaves the one-in-force index before the approved one enters it.
        InForcePolicy.approve(version, inForce, stamps.current(), plans::flush);
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
            errors.add(new FieldError("equalityImpact.reviewerName", FieldErrorCode.REQUIRED,
                    "Enter the name of the equality impact reviewer"));
        }
        if (eia.reviewerRole() == null) {
            errors.add(new FieldError("equalityImpact.reviewerRole", FieldErrorCode.REQUIRED,
                    "Enter the job role of the equality impact reviewer"));
        }
        if (eia.reviewedOn() == null) {
            errors.add(new FieldError("equalityImpact.reviewedOn", FieldErrorCode.REQUIRED,
                    "Enter the date of the equality impact review"));
        }
        List<GroupImpact> groups = eia.groups();
        for (int i = 0; i < groups.size(); i++) {
            if (groups.get(i).impact() == null) {
                errors.add(new FieldError("equalityImpact.groups[" + i + "].impact", FieldErrorCode.REQUIRED,
                        "Choose positive, negative or no impact for " + groups.get(i).group().display().toLowerCase()));
            }
        }
        errors.addAll(EqualityImpactApprovalPolicy.allowsApproval(eia).errors());
        return errors;
    }

    private void requireNoOverlap(PlanPeriod period, List<FieldError> otherErrors) {
        List<FieldError> errors = new ArrayList<>(otherErrors);
        errors.addAll(0, PlanPeriodOverlapPolicy.keepsClear(period, plans.approved()).errors());
        if (!errors.isEmpty()) {
            throw new ValidationFailedException(errors);
        }
    }

    private static String describe(PlanVersion v) {
        return "period=" + v.period().from() + ".." + v.period().to() + " review=" + v.reviewDate()
                + " priorities=" + v.priorities().size() + " negativeImpact=" + v.equalityImpact().anyNegative();
    }
}
