package uk.nhs.psirf.decisions.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import uk.nhs.psirf.responseplan.domain.PlannedResponse;
import uk.nhs.psirf.kernel.ResponseType;

import java.util.Optional;
import java.util.UUID;

/**
 * The response the rules propose, with why. A decision keeps the proposal as it stood when recorded, so that a later
 * plan does not rewrite what the panel was shown.
 */
@Embeddable
public class Proposal {
    @Column(name = "proposal_reason", nullable = false, length = 30)
    private String reason;

    @Column(name = "proposal_response_type", length = 40)
    private String responseType;

    @Column(name = "proposal_explanation", nullable = false, length = 500)
    private String explanation;

    @Column(name = "proposal_plan_version_id")
    private UUID planVersionId;

    @Column(name = "proposal_plan_version_number")
    private Integer planVersionNumber;

    @Column(name = "proposal_planned_source", length = 20)
    private String plannedSource;

    @Column(name = "proposal_planned_issue", length = 300)
    private String plannedIssue;

    @Column(name = "proposal_planned_category", length = 50)
    private String plannedCategory;

    @Column(name = "proposal_planned_response", length = 40)
    private String plannedResponseType;

    @Column(name = "proposal_planned_rationale", length = 2000)
    private String plannedRationale;

    @Column(name = "proposal_planned_improvement", length = 500)
    private String plannedImprovement;

    protected Proposal() {
    }

    private Proposal(ProposalReason reason, ResponseType responseType, String explanation, PlanInForce plan,
                     PlannedResponse planned) {
        this.reason = reason.code();
        this.responseType = responseType == null ? null : responseType.code();
        this.explanation = explanation;
        this.planVersionId = plan == null ? null : plan.versionId();
        this.planVersionNumber = plan == null ? null : plan.number();
        if (planned != null) {
            plannedSource = (planned.isNational() ? PlannedResponse.Source.NATIONAL : PlannedResponse.Source.LOCAL)
                    .code();
            plannedIssue = planned.issue();
            plannedCategory = planned.categoryCode();
            plannedResponseType = planned.responseType().code();
            plannedRationale = planned.rationale();
            plannedImprovement = planned.improvementLink();
        }
    }

    public static Proposal deathOrSevereHarm(String explanation) {
        return new Proposal(ProposalReason.DEATH_OR_SEVERE_HARM, ResponseType.PSII, explanation, null, null);
    }

    public static Proposal planned(PlanInForce plan, PlannedResponse planned, String explanation) {
        return new Proposal(ProposalReason.PLAN, planned.responseType(), explanation, plan, planned);
    }

    public static Proposal noPlanPriority(PlanInForce plan, String explanation) {
        return new Proposal(ProposalReason.NO_PLAN_PRIORITY, null, explanation, plan, null);
    }

    public static Proposal noPlanInForce(String explanation) {
        return new Proposal(ProposalReason.NO_PLAN_IN_FORCE, null, explanation, null, null);
    }

    public ProposalReason reason() {
        return ProposalReason.fromCode(reason).orElseThrow();
    }

    /** Empty when the rules propose nothing: the panel decides without a proposal to depart from. */
    public Optional<ResponseType> responseType() {
        return responseType == null ? Optional.empty() : ResponseType.fromCode(responseType);
    }

    public String explanation() {
        return explanation;
    }

    public UUID planVersionId() {
        return planVersionId;
    }

    public Integer planVersionNumber() {
        return planVersionNumber;
    }

    public Optional<PlannedResponse> plannedResponse() {
        if (plannedResponseType == null) {
            return Optional.empty();
        }
        PlannedResponse.Source source = PlannedResponse.Source.NATIONAL.code().equals(plannedSource)
                ? PlannedResponse.Source.NATIONAL : PlannedResponse.Source.LOCAL;
        return Optional.of(new PlannedResponse(source, plannedIssue, plannedCategory,
                ResponseType.fromCode(plannedResponseType).orElseThrow(), plannedRationale, plannedImprovement));
    }
}
