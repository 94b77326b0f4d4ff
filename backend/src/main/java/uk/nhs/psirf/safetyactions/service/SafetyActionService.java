package uk.nhs.psirf.safetyactions.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import uk.nhs.psirf.safetyactions.api.SafetyActionAgreementInput;
import uk.nhs.psirf.safetyactions.api.SafetyActionInput;
import uk.nhs.psirf.safetyactions.api.SafetyActionProgressInput;
import uk.nhs.psirf.safetyactions.api.SafetyActionReviewInput;
import uk.nhs.psirf.safetyactions.api.SafetyActionUpdate;
import uk.nhs.psirf.safetyactions.api.SafetyActionView;
import uk.nhs.psirf.safetyactions.domain.ActionDetails;
import uk.nhs.psirf.safetyactions.domain.ActionSource;
import uk.nhs.psirf.safetyactions.domain.ActionStatus;
import uk.nhs.psirf.safetyactions.domain.AgreementPolicy;
import uk.nhs.psirf.safetyactions.domain.Effectiveness;
import uk.nhs.psirf.safetyactions.domain.ProgressPolicy;
import uk.nhs.psirf.safetyactions.domain.ReviewPolicy;
import uk.nhs.psirf.safetyactions.domain.SafetyAction;
import uk.nhs.psirf.safetyactions.domain.SafetyActionProgress;
import uk.nhs.psirf.safetyactions.domain.SafetyActionReview;
import uk.nhs.psirf.safetyactions.persistence.SafetyActionRepository;
import uk.nhs.psirf.people.Directory;
import uk.nhs.psirf.people.DirectoryPerson;
import uk.nhs.psirf.platform.audit.AuditAction;
import uk.nhs.psirf.platform.audit.AuditService;
import uk.nhs.psirf.platform.error.AccessDeniedException;
import uk.nhs.psirf.platform.error.ApiException;
import uk.nhs.psirf.platform.error.FieldError;
import uk.nhs.psirf.platform.error.FieldErrorCode;
import uk.nhs.psirf.platform.error.Problem;
import uk.nhs.psirf.platform.error.ProblemCode;
import uk.nhs.psirf.platform.error.ValidationFailedException;
import uk.nhs.psirf.platform.security.Stamp;
import uk.nhs.psirf.platform.security.Stamps;
import uk.nhs.psirf.platform.time.ClockProducer;

import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

/**
 * Safety actions (policy §15): proposed from a learning response, a theme or a plan, agreed once they have an owner,
 * a measure and a due date, worked on with progress updates, and reviewed for effectiveness. Every change is audited.
 */
@ApplicationScoped
@Transactional
public class SafetyActionService {
    public static final String ENTITY_TYPE = "safety-action";
    private final SafetyActionRepository actions;
    private final ActionLinks links;
    private final Directory directory;
    private final ActionAccess access;
    private final SafetyActionViews views;
    private final Stamps stamps;
    private final AuditService audit;

    public SafetyActionService(SafetyActionRepository actions, ActionLinks links, Directory directory,
                               ActionAccess access, SafetyActionViews views, Stamps stamps,
                               AuditService audit) {
        this.actions = actions;
        this.links = links;
        this.directory = directory;
        this.access = access;
        this.views = views;
        this.stamps = stamps;
        this.audit = audit;
    }

    public SafetyActionView create(SafetyActionInput input) {
        List<FieldError> errors = new ArrayList<>();
        ActionSource source = ActionSource.fromCode(input.source()).orElse(null);
        UUID responseId = null;
        String theme = null;
        UUID planId = input.planId();
        if (source == null) {
            errors.add(new FieldError("source", FieldErrorCode.UNKNOWN_CODE,
                    "Select a learning response, a theme or a plan"));
        } else if (source == ActionSource.RESPONSE) {
            responseId = input.responseId();
            if (responseId == null) {
                errors.add(new FieldError("responseId", FieldErrorCode.REQUIRED, "Select the learning response"));
            }
        } else if (source == ActionSource.THEME) {
            theme = blankToNull(input.theme());
            if (theme == null) {
                errors.add(new FieldError("theme", FieldErrorCode.REQUIRED, "Enter the theme"));
            }
        } else if (planId == null) {
            errors.add(new FieldError("planId", FieldErrorCode.REQUIRED, "Select the improvement plan"));
        }
        if (!access.seesEveryAction() && (responseId == null || !access.mayWorkOnResponse(responseId))) {
            throw new AccessDeniedException(ENTITY_TYPE, null);
        }
        if (responseId != null && !links.responseExists(responseId)) {
            errors.add(new FieldError("responseId", FieldErrorCode.UNKNOWN_RESPONSE,
                    "Select a learning response from the list"));
        }
        ActionDetails details = checked(input.title(), input.description(), planId, input.ownerPersonId(),
                input.measuresOrEmpty(), input.dueOn(), errors);
        requireOpenPlan(details.planId());
        Stamp now = stamps.current();
        SafetyAction action = SafetyAction.propose(actions.nextReference(Year.from(now.at().atZone(ClockProducer.UK))),
                source, responseId, theme, details, now);
        actions.add(action);
        actions.flush();
        audit.record(AuditAction.CREATE, ENTITY_TYPE, action.id().toString(), action.reference() + " proposed from "
                + source.code() + describeSource(action));
        return detail(action);
    }

    public SafetyActionView change(UUID actionId, SafetyActionUpdate input) {
        SafetyAction action = managed(actionId);
        ProgressPolicy.mayChangeDetails(action.reference(), action.status()).orThrow();
        requireVersion(action, input.version());
        List<FieldError> errors = new ArrayList<>();
        if (action.source() == ActionSource.PLAN && input.planId() == null) {
            errors.add(new FieldError("planId", FieldErrorCode.REQUIRED,
                    "An action that comes from a plan stays in a plan; select the improvement plan"));
        }
        List<String> measures = input.measuresOrEmpty();
        if (action.status() != ActionStatus.PROPOSED) {
            errors.addAll(AgreementPolicy.keepsWhatAgreementNeeds(input.ownerPersonId(), measures, input.dueOn())
                    .errors());
        }
        ActionDetails details = checked(input.title(), input.description(), input.planId(), input.ownerPersonId(),
                measures, input.dueOn(), errors);
        if (details.planId() != null && !details.planId().equals(action.planId())) {
            requireOpenPlan(details.planId());
        }
        action.change(details, stamps.current());
        actions.flush();
        audit.record(AuditAction.UPDATE, ENTITY_TYPE, action.id().toString(), action.reference() + " changed; owner "
                + action.ownerPersonId() + ", due " + action.dueOn() + ", plan " + action.planId());
        return detail(action);
    }

    public SafetyActionView agree(UUID actionId, SafetyActionAgreementInput input) {
        SafetyAction action = managed(actionId);
        ProgressPolicy.mayBeAgreed(action.reference(), action.status()).orThrow();
        requireVersion(action, input.version());
        AgreementPolicy.mayBeAgreed(action.ownerPersonId(), action.measures(), action.dueOn()).orThrow();
        action.agree(stamps.current());
        actions.flush();
        audit.record(AuditAction.UPDATE, ENTITY_TYPE, action.id().toString(), action.reference() + " agreed");
        return detail(action);
    }

    /** By the team or by the action's owner. */
    public SafetyActionView progress(UUID actionId, SafetyActionProgressInput input) {
        SafetyAction action = find(actionId);
        if (!access.manages(action) && !access.owns(action)) {
            throw new AccessDeniedException(ENTITY_TYPE, actionId.toString());
        }
        requireVersion(action, input.version());
        ActionStatus status = ActionStatus.fromCode(input.status()).filter(ProgressPolicy.UPDATES::contains)
                .orElseThrow(() -> new ValidationFailedException(List.of(new FieldError("status",
                        FieldErrorCode.UNKNOWN_CODE, "Select in progress, completed or cancelled"))));
        ProgressPolicy.allows(action.status(), status).orThrow();
        Stamp now = stamps.current();
        actions.add(SafetyActionProgress.record(action.id(), input.note().strip(), status, now));
        action.progress(status, now);
        actions.flush();
        audit.record(AuditAction.UPDATE, ENTITY_TYPE, action.id().toString(), action.reference()
                + " progress update; now " + status.code());
        return detail(action);
    }

    public SafetyActionView review(UUID actionId, SafetyActionReviewInput input) {
        SafetyAction action = managed(actionId);
        ReviewPolicy.mayBeReviewed(action.reference(), action.status()).orThrow();
        requireVersion(action, input.version());
        List<FieldError> errors = new ArrayList<>();
        Effectiveness outcome = Effectiveness.fromCode(input.outcome()).orElse(null);
        if (outcome == null) {
            errors.add(new FieldError("outcome", FieldErrorCode.UNKNOWN_CODE,
                    "Select effective, partly effective or not effective"));
        }
        LocalDate next = ReviewPolicy.nextReview(input.reviewedOn(), input.nextReviewOn());
        errors.addAll(ReviewPolicy.reviewDates(input.reviewedOn(), next, views.today()).errors());
        if (!errors.isEmpty()) {
            throw new ValidationFailedException(errors);
        }
        Stamp now = stamps.current();
        SafetyActionReview review = SafetyActionReview.record(action.id(), input.reviewedOn(), outcome,
                input.evidence().strip(), next, now);
        actions.add(review);
        actions.flush();
        SafetyActionReview latest = actions.reviewsOf(action.id()).stream()
                .max(Comparator.comparing(SafetyActionReview::reviewedOn).thenComparing(SafetyActionReview::at))
                .orElse(review);
        action.reviewed(latest.outcome(), latest.nextReviewOn(), now);
        actions.flush();
        audit.record(AuditAction.UPDATE, ENTITY_TYPE, action.id().toString(), action.reference()
                + " effectiveness review on " + input.reviewedOn() + ": " + outcome.code() + "; next review " + next);
        return detail(action);
    }

    private ActionDetails checked(String title, String description, UUID planId, UUID ownerPersonId,
                                  List<String> measures, LocalDate dueOn, List<FieldError> errors) {
        if (ownerPersonId != null && directory.find(ownerPersonId).filter(DirectoryPerson::active).isEmpty()) {
            errors.add(new FieldError("ownerPersonId", FieldErrorCode.UNKNOWN_PERSON,
                    "Select the owner from the list"));
        }
        if (planId != null && links.planStatus(planId).isEmpty()) {
            errors.add(new FieldError("planId", FieldErrorCode.UNKNOWN_PLAN,
                    "Select an improvement plan from the list"));
        }
        if (!errors.isEmpty()) {
            throw new ValidationFailedException(errors);
        }
        List<String> kept = measures.stream().filter(m -> m != null && !m.isBlank()).map(String::strip).toList();
        return new ActionDetails(title.strip(), blankToNull(description), planId, ownerPersonId, kept, dueOn);
    }

    /** 409 naming the plan: a closed plan takes no more actions. */
    private void requireOpenPlan(UUID planId) {
        if (planId != null && links.planStatus(planId).filter("closed"::equals).isPresent()) {
            throw new ApiException(Problem.of(ProblemCode.CONFLICT,
                    "The improvement plan is closed; it takes no more actions",
                    new FieldError("planId", FieldErrorCode.PLAN_CLOSED,
                            "The improvement plan is closed; choose an open plan or none")));
        }
    }

    private SafetyAction managed(UUID actionId) {
        SafetyAction action = find(actionId);
        if (!access.manages(action)) {
            throw new AccessDeniedException(ENTITY_TYPE, actionId.toString());
        }
        return action;
    }

    /** Someone who could never see an action learns nothing from its id: 403 whether or not it exists. */
    private SafetyAction find(UUID actionId) {
        SafetyAction action = actions.find(actionId).orElse(null);
        if (action == null) {
            if (access.seesEveryAction()) {
                throw ApiException.notFound("The safety action");
            }
            throw new AccessDeniedException(ENTITY_TYPE, actionId.toString());
        }
        return action;
    }

    private static void requireVersion(SafetyAction action, Long version) {
        if (version == null) {
            throw new ValidationFailedException(List.of(new FieldError("version", FieldErrorCode.REQUIRED,
                    "The version last read is required")));
        }
        if (action.version() != version) {
            throw ApiException.staleVersion();
        }
    }

    private SafetyActionView detail(SafetyAction action) {
        return views.detail(action, access.manages(action), actions.progressOf(action.id()),
                actions.reviewsOf(action.id()));
    }

    private static String describeSource(SafetyAction action) {
        return switch (action.source()) {
            case RESPONSE -> " " + action.responseId();
            case THEME -> "";
            case PLAN -> " " + action.planId();
        };
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
