package uk.nhs.psirf.decisions.service;

import jakarta.enterprise.context.ApplicationScoped;
import uk.nhs.psirf.decisions.api.ChairApprovalView;
import uk.nhs.psirf.decisions.api.DecisionToApprove;
import uk.nhs.psirf.decisions.api.DecisionView;
import uk.nhs.psirf.decisions.api.DocumentLink;
import uk.nhs.psirf.decisions.api.PanelMemberView;
import uk.nhs.psirf.decisions.api.ResponseProposalView;
import uk.nhs.psirf.decisions.domain.DecisionContent;
import uk.nhs.psirf.decisions.domain.DecisionStatus;
import uk.nhs.psirf.decisions.domain.PanelDecision;
import uk.nhs.psirf.decisions.domain.Proposal;
import uk.nhs.psirf.decisions.domain.ReferralTarget;
import uk.nhs.psirf.responseplan.api.PlannedResponseView;
import uk.nhs.psirf.responseplan.domain.PlannedResponse;
import uk.nhs.psirf.kernel.ResponseType;
import uk.nhs.psirf.reference.EventCategory;
import uk.nhs.psirf.reference.ReferenceData;
import uk.nhs.psirf.responses.service.EventLinks;
import uk.nhs.psirf.responses.service.LearningResponseQueryService;
import uk.nhs.psirf.triage.EventDecisions;

@ApplicationScoped
public class DecisionViews {
    /** Who recorded or approved, where the token carries no name (a service account). */
    private static final String PATIENT_SAFETY_TEAM = "Patient safety team";

    private final EventLinks links;
    private final EventDecisions documents;
    private final LearningResponseQueryService responses;
    private final ReferenceData referenceData;
    private final DecisionApprovers approvers;

    public DecisionViews(EventLinks links, EventDecisions documents, LearningResponseQueryService responses,
                         ReferenceData referenceData, DecisionApprovers approvers) {
        this.links = links;
        this.documents = documents;
        this.responses = responses;
        this.referenceData = referenceData;
        this.approvers = approvers;
    }

    public DecisionView detail(PanelDecision d) {
        return detail(d, approvers.caller());
    }

    /** {@code caller} says whether they may approve it ({@code canApprove}). */
    public DecisionView detail(PanelDecision d, DecisionApprovers.Caller caller) {
        DecisionContent c = d.content();
        ReferralTarget referral = c.referralTo();
        ChairApprovalView approval = d.status() != DecisionStatus.APPROVED ? null
                : new ChairApprovalView(named(d.approvedByName()), d.approvedAt(), d.approvalComment());
        return new DecisionView(d.id(), d.version(), d.status(), links.triageCase(d.caseId()).orElse(null),
                links.events(d.eventIds()),
                c.panelMembers().stream().map(m -> new PanelMemberView(m.personId().orElse(null), m.name(), m.role(),
                        m.chair())).toList(),
                c.reportReviewed(),
                documents.reviewedDocuments(c.documentIds()).values().stream()
                        .map(doc -> new DocumentLink(doc.id(), doc.kind(), doc.title())).toList(),
                c.responseType(), c.responseType().display(), referral,
                referral == null ? null : referral.display(), c.referralDetail(), c.leadOrganisation(), c.rationale(),
                c.departureRationale(), c.minutes(), proposal(d.proposal()), d.departsFromProposal(),
                named(d.recordedByName()), d.recordedAt(), approval, responses.forDecision(d.id()).orElse(null),
                caller.mayApprove(d));
    }

    /** A line of the chair's list of decisions awaiting their approval. */
    public DecisionToApprove toApprove(PanelDecision d) {
        return new DecisionToApprove(d.id(), links.triageCase(d.caseId()).orElse(null), links.events(d.eventIds()),
                d.content().responseType(), d.content().responseType().display(), named(d.recordedByName()),
                d.recordedAt());
    }

    public ResponseProposalView proposal(Proposal p) {
        return new ResponseProposalView(p.responseType().orElse(null),
                p.responseType().map(ResponseType::display).orElse(null), p.reason(), p.explanation(),
                p.planVersionId(), p.planVersionNumber(), p.plannedResponse().map(this::planned).orElse(null));
    }

    private PlannedResponseView planned(PlannedResponse p) {
        String categoryDisplay = p.categoryCode() == null ? null
                : referenceData.category(p.categoryCode()).map(EventCategory::display).orElse(null);
        return new PlannedResponseView(p.issue(), p.categoryCode(), categoryDisplay, p.responseType(),
                p.responseType().display(), p.rationale(), p.improvementLink());
    }

    private static String named(String name) {
        return name == null ? PATIENT_SAFETY_TEAM : name;
    }
}
