package uk.nhs.psirf.decisions.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import uk.nhs.psirf.decisions.api.DecisionApproval;
import uk.nhs.psirf.decisions.api.DecisionInput;
import uk.nhs.psirf.decisions.api.DecisionUpdate;
import uk.nhs.psirf.decisions.api.DecisionView;
import uk.nhs.psirf.decisions.domain.DecisionContent;
import uk.nhs.psirf.decisions.domain.DecisionStatus;
import uk.nhs.psirf.decisions.domain.FourEyesPolicy;
import uk.nhs.psirf.decisions.domain.PanelDecision;
import uk.nhs.psirf.decisions.domain.PsiiMinimumPolicy;
import uk.nhs.psirf.decisions.domain.Proposal;
import uk.nhs.psirf.decisions.domain.ResponseCreationPolicy;
import uk.nhs.psirf.decisions.persistence.DecisionRepository;
import uk.nhs.psirf.incident.service.DecidableCase;
import uk.nhs.psirf.incident.service.DecidableEvent;
import uk.nhs.psirf.incident.service.EventDecisions;
import uk.nhs.psirf.kernel.ResponseType;
import uk.nhs.psirf.platform.audit.AuditAction;
import uk.nhs.psirf.platform.audit.AuditService;
import uk.nhs.psirf.platform.error.AccessDeniedException;
import uk.nhs.psirf.platform.error.ApiException;
import uk.nhs.psirf.platform.error.FieldError;
import uk.nhs.psirf.platform.error.Problem;
import uk.nhs.psirf.platform.error.ProblemCode;
import uk.nhs.psirf.platform.error.ValidationFailedException;
import uk.nhs.psirf.platform.security.CurrentUser;
import uk.nhs.psirf.platform.time.Times;
import uk.nhs.psirf.responses.api.ResponseLink;
import uk.nhs.psirf.responses.service.LearningResponseService;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Use cases: a patient safety specialist records the panel's decision and may change it until the chair approves
 * it; the chair's approval decides the events and creates the learning response. What goes on the events' history
 * and to the reporters names the response only: never the minutes, the rationale, the panel or where a referral goes.
 */
@ApplicationScoped
public class DecisionService {
    public static final String ENTITY_TYPE = "panel-decision";

    private final DecisionRepository decisions;
    private final DecisionTargets targets;
    private final DecisionInputs inputs;
    private final ProposalService proposals;
    private final DecisionViews views;
    private final EventDecisions events;
    private final LearningResponseService responses;
    private final CurrentUser currentUser;
    private final DecisionApprovers approvers;
    private final AuditService audit;
    private final Clock clock;

    public DecisionService(DecisionRepository decisions, DecisionTargets targets, DecisionInputs inputs,
                           ProposalService proposals, DecisionViews views, EventDecisions events,
                           LearningResponseService responses, CurrentUser currentUser, DecisionApprovers approvers,
                           AuditService audit, Clock clock) {
        this.decisions = decisions;
        this.targets = targets;
        this.inputs = inputs;
        this.proposals = proposals;
        this.views = views;
        this.events = events;
        this.responses = responses;
        this.currentUser = currentUser;
        this.approvers = approvers;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public DecisionView record(DecisionInput input) {
        List<FieldError> errors = new ArrayList<>();
        DecisionTargets.Target target = targets.resolve(input.eventId(), input.caseId(), errors);
        Proposal proposal = target == null ? null : target.caseId().isPresent()
                ? proposals.forCase(target.events()) : proposals.forEvent(target.events().get(0));
        DecisionContent content = inputs.toContent(input, target == null ? null : target.events(), proposal,
                errors);
        if (!errors.isEmpty()) {
            throw new ValidationFailedException(errors);
        }
        Instant now = Times.now(clock);
        PanelDecision decision = PanelDecision.record(target.caseId().orElse(null), target.eventIds(), content,
                proposal, currentUser.sub(), currentUser.name(), now);
        decisions.add(decision);
        decisions.flush();
        events.noteOnHistory(target.eventIds(), awaitingApprovalNote(content.responseType()));
        audit.record(AuditAction.CREATE, ENTITY_TYPE, decision.id().toString(), "record decision " + describe(decision));
        return views.detail(decision);
    }

    @Transactional
    public DecisionView revise(UUID id, DecisionUpdate input) {
        PanelDecision decision = find(id);
        requireAwaitingApproval(decision);
        requireVersion(decision, input.version());
        List<DecidableEvent> current = currentEvents(decision);
        List<UUID> eventIds = current.stream().map(DecidableEvent::id).toList();
        List<FieldError> errors = new ArrayList<>();
        DecisionContent content = inputs.toContent(input, current, decision.proposal(), errors);
        if (!errors.isEmpty()) {
            throw new ValidationFailedException(errors);
        }
        String before = describe(decision);
        decision.revise(eventIds, content, currentUser.sub(), currentUser.name(), Times.now(clock));
        decisions.flush();
        events.noteOnHistory(eventIds, awaitingApprovalNote(content.responseType()));
        audit.record(AuditAction.UPDATE, ENTITY_TYPE, id.toString(), "change decision " + before + " -> "
                + describe(decision));
        return views.detail(decision);
    }

    @Transactional
    public DecisionView approve(UUID id, DecisionApproval approval) {
        DecisionApprovers.Caller caller = approvers.caller();
        PanelDecision decision = caller.reach(decisions.find(id), id);
        requireAwaitingApproval(decision);
        if (!caller.mayApproveAsChair(decision)) {
            throw new AccessDeniedException(ENTITY_TYPE, id.toString());
        }
        if (!FourEyesPolicy.mayApprove(decision, caller.sub())) {
            throw new ValidationFailedException(List.of(new FieldError("decisionId", DecisionCodes.OWN_DECISION,
                    "You recorded or last changed this decision, so the chair or the Chief Nurse must approve it")));
        }
        requireVersion(decision, approval.version());
        List<DecidableEvent> current = currentEvents(decision);
        DecisionContent content = decision.content();
        // A case may have gained an event of severe harm since the decision was recorded.
        if (PsiiMinimumPolicy.isBelowMinimum(current.stream().map(ProposalService::facts).toList(),
                content.responseType(), content.referralTo(), content.leadOrganisation())) {
            throw new ValidationFailedException(List.of(DecisionInputs.psiiMinimum()));
        }
        List<UUID> eventIds = current.stream().map(DecidableEvent::id).toList();
        decisions.lock(withCase(eventIds, decision.caseId()));
        decision.approve(eventIds, currentUser.sub(), currentUser.name(), DecisionInputs.blankToNull(
                approval.comment()), Times.now(clock));
        decisions.flush();
        ResponseType type = decision.content().responseType();
        Optional<ResponseLink> response = ResponseCreationPolicy.createsLearningResponse(decision)
                ? Optional.of(responses.startFor(decision.id(), decision.caseId(), eventIds, type))
                : Optional.empty();
        events.recordOutcome(eventIds, decision.caseId().orElse(null), type, "Decision approved by the chair: "
                + type.display() + response.map(r -> " (" + r.reference() + ")").orElse(""));
        audit.record(AuditAction.UPDATE, ENTITY_TYPE, id.toString(), "approve decision " + describe(decision)
                + response.map(r -> "; response " + r.reference()).orElse("; no learning response"));
        return views.detail(decision, caller);
    }

    private PanelDecision find(UUID id) {
        return decisions.find(id).orElseThrow(() -> ApiException.notFound("The decision"));
    }

    private static void requireAwaitingApproval(PanelDecision decision) {
        if (decision.status() != DecisionStatus.AWAITING_CHAIR_APPROVAL) {
            throw new ApiException(Problem.of(ProblemCode.CONFLICT,
                    "This decision is already approved and cannot change."));
        }
    }

    private static void requireVersion(PanelDecision decision, long expected) {
        if (decision.version() != expected) {
            throw ApiException.staleVersion();
        }
    }

    /** A case's events are those in it now; a single event's decision keeps its event. */
    private List<DecidableEvent> currentEvents(PanelDecision decision) {
        return decision.caseId()
                .flatMap(events::triageCase)
                .map(DecidableCase::events)
                .filter(found -> !found.isEmpty())
                .orElseGet(() -> decision.eventIds().stream().map(events::event).flatMap(Optional::stream).toList());
    }

    private static List<UUID> withCase(List<UUID> eventIds, Optional<UUID> caseId) {
        List<UUID> ids = new ArrayList<>(eventIds);
        caseId.ifPresent(ids::add);
        return ids;
    }

    private static String awaitingApprovalNote(ResponseType type) {
        return "Panel decision recorded: " + type.display() + "; awaiting the chair's approval";
    }

    /** For the audit trail: the codes and ids, never the minutes, the rationale or the panel's names. */
    private static String describe(PanelDecision d) {
        DecisionContent c = d.content();
        return c.responseType().code() + (c.referralTo() == null ? "" : " to " + c.referralTo().code())
                + d.caseId().map(id -> " case=" + id).orElse("") + " events=" + d.eventIds()
                + " proposal=" + d.proposal().responseType().map(ResponseType::code).orElse("none")
                + " departs=" + d.departsFromProposal() + (c.leadOrganisation() == null ? "" : " led-elsewhere")
                + " panel=" + c.panelMembers().size()
                + " documents=" + c.documentIds().size();
    }
}
