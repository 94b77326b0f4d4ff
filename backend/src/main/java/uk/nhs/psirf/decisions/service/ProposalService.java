package uk.nhs.psirf.decisions.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import uk.nhs.psirf.decisions.api.ResponseProposalView;
import uk.nhs.psirf.decisions.domain.PlanInForce;
import uk.nhs.psirf.decisions.domain.Proposal;
import uk.nhs.psirf.decisions.domain.ProposalFacts;
import uk.nhs.psirf.decisions.domain.ResponseProposer;
import uk.nhs.psirf.platform.error.FieldErrorCode;
import uk.nhs.psirf.triage.DecidableCase;
import uk.nhs.psirf.triage.DecidableEvent;
import uk.nhs.psirf.triage.EventDecisions;
import uk.nhs.psirf.platform.error.ApiException;
import uk.nhs.psirf.platform.error.FieldError;
import uk.nhs.psirf.platform.error.ValidationFailedException;
import uk.nhs.psirf.responseplan.ResponsePlans;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** What the rules and the plan in force propose for an event or a case. */
@ApplicationScoped
public class ProposalService {
    private final EventDecisions events;
    private final ResponsePlans plans;
    private final DecisionViews views;

    public ProposalService(EventDecisions events, ResponsePlans plans, DecisionViews views) {
        this.events = events;
        this.plans = plans;
        this.views = views;
    }

    @Transactional
    public ResponseProposalView propose(UUID eventId, UUID caseId) {
        if (eventId != null) {
            DecidableEvent event = events.event(eventId).orElseThrow(() -> ApiException.notFound("The event"));
            return views.proposal(forEvent(event));
        }
        DecidableCase triageCase = events.triageCase(caseId).orElseThrow(() -> ApiException.notFound("The case"));
        if (triageCase.events().isEmpty()) {
            throw new ValidationFailedException(List.of(new FieldError("caseId", FieldErrorCode.EMPTY_CASE,
                    "The case has no events to decide on")));
        }
        return views.proposal(forCase(triageCase.events()));
    }

    /** In the caller's transaction. */
    Proposal forEvent(DecidableEvent event) {
        return ResponseProposer.forEvent(facts(event), planInForce());
    }

    Proposal forCase(List<DecidableEvent> caseEvents) {
        return ResponseProposer.forCase(caseEvents.stream().map(ProposalService::facts).toList(), planInForce());
    }

    private Optional<PlanInForce> planInForce() {
        return plans.inForce().map(v -> new PlanInForce(v.versionId(), v.number(), v.priorities()));
    }

    static ProposalFacts facts(DecidableEvent e) {
        return new ProposalFacts(e.reference(), e.categoryCode(), e.categoryDisplay(), e.physicalHarm(),
                e.psychologicalHarm());
    }
}
