package uk.nhs.psirf.decisions.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import uk.nhs.psirf.kernel.ResponseType;
import uk.nhs.psirf.platform.persistence.LastChange;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * A panel's minuted decision on the response to an event or a case (policy §12.3). It waits for the chair's approval;
 * until then it can be changed, and it keeps the proposal the panel was shown.
 */
@Entity
@Table(name = "panel_decision")
public class PanelDecision {
    @Id
    private UUID id;

    @Version
    private long version;

    @Column(nullable = false, length = 30)
    private String status;

    @Column(name = "case_id")
    private UUID caseId;

    @ElementCollection
    @CollectionTable(name = "panel_decision_event", joinColumns = @JoinColumn(name = "decision_id"))
    @OrderColumn(name = "position")
    @Column(name = "event_id", nullable = false)
    private List<UUID> eventIds = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "panel_decision_member", joinColumns = @JoinColumn(name = "decision_id"))
    @OrderColumn(name = "position")
    private List<PanelMember> panelMembers = new ArrayList<>();

    @Column(name = "report_reviewed", nullable = false)
    private boolean reportReviewed;

    @ElementCollection
    @CollectionTable(name = "panel_decision_document", joinColumns = @JoinColumn(name = "decision_id"))
    @OrderColumn(name = "position")
    @Column(name = "document_id", nullable = false)
    private List<UUID> documentIds = new ArrayList<>();

    @Column(name = "response_type", nullable = false, length = 40)
    private String responseType;

    @Column(name = "referral_to", length = 30)
    private String referralTo;

    @Column(name = "referral_detail", length = 1000)
    private String referralDetail;

    @Column(name = "lead_organisation", length = 200)
    private String leadOrganisation;

    @Column(nullable = false, length = 4000)
    private String rationale;

    @Column(name = "departure_rationale", length = 4000)
    private String departureRationale;

    @Column(nullable = false, length = 10000)
    private String minutes;

    @Embedded
    private Proposal proposal;

    @Column(name = "departs_from_proposal", nullable = false)
    private boolean departsFromProposal;

    @Column(name = "recorded_by_sub", nullable = false, length = 100)
    private String recordedBySub;

    @Column(name = "recorded_by_name", length = 200)
    private String recordedByName;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    @Embedded
    private LastChange lastChange;

    @Column(name = "approved_by_sub", length = 100)
    private String approvedBySub;

    @Column(name = "approved_by_name", length = 200)
    private String approvedByName;

    @Column(name = "approved_at")
    private Instant approvedAt;

    @Column(name = "approval_comment", length = 2000)
    private String approvalComment;

    protected PanelDecision() {
    }

    /** {@code caseId} is null for a decision on a single event. */
    public static PanelDecision record(UUID caseId, List<UUID> eventIds, DecisionContent content, Proposal proposal,
                                       String bySub, String byName, Instant at) {
        PanelDecision decision = new PanelDecision();
        decision.id = UUID.randomUUID();
        decision.status = DecisionStatus.AWAITING_CHAIR_APPROVAL.code();
        decision.caseId = caseId;
        decision.proposal = proposal;
        decision.recordedBySub = bySub;
        decision.recordedByName = byName;
        decision.recordedAt = at;
        decision.write(eventIds, content, bySub, byName, at);
        return decision;
    }

    /** The panel changes its decision before the chair approves it; the proposal stays as the panel saw it. */
    public void revise(List<UUID> currentEventIds, DecisionContent content, String bySub, String byName, Instant at) {
        requireAwaitingApproval();
        write(currentEventIds, content, bySub, byName, at);
    }

    /** The chair approves: see {@link FourEyesPolicy}. A case's events are taken as they are at approval. */
    public void approve(List<UUID> currentEventIds, String bySub, String byName, String comment, Instant at) {
        requireAwaitingApproval();
        if (!FourEyesPolicy.mayApprove(this, bySub)) {
            throw new IllegalStateException("the person who recorded or last revised a decision cannot approve it");
        }
        eventIds.clear();
        eventIds.addAll(currentEventIds);
        status = DecisionStatus.APPROVED.code();
        approvedBySub = bySub;
        approvedByName = byName;
        approvedAt = at;
        approvalComment = comment;
        lastChange = LastChange.by(bySub, byName, at);
    }

    private void requireAwaitingApproval() {
        if (status() != DecisionStatus.AWAITING_CHAIR_APPROVAL) {
            throw new IllegalStateException("decision " + id + " is already " + status);
        }
    }

    private void write(List<UUID> currentEventIds, DecisionContent content, String bySub, String byName, Instant at) {
        eventIds.clear();
        eventIds.addAll(currentEventIds);
        panelMembers.clear();
        panelMembers.addAll(content.panelMembers());
        reportReviewed = content.reportReviewed();
        documentIds.clear();
        documentIds.addAll(content.documentIds());
        responseType = content.responseType().code();
        referralTo = content.referralTo() == null ? null : content.referralTo().code();
        referralDetail = content.referralDetail();
        leadOrganisation = content.leadOrganisation();
        rationale = content.rationale();
        departureRationale = content.departureRationale();
        minutes = content.minutes();
        departsFromProposal = DepartureRationalePolicy.departsFromProposal(proposal, content.responseType());
        lastChange = LastChange.by(bySub, byName, at);
    }

    public UUID id() {
        return id;
    }

    public long version() {
        return version;
    }

    public DecisionStatus status() {
        return DecisionStatus.fromCode(status).orElseThrow();
    }

    public Optional<UUID> caseId() {
        return Optional.ofNullable(caseId);
    }

    public List<UUID> eventIds() {
        return List.copyOf(eventIds);
    }

    public DecisionContent content() {
        return new DecisionContent(List.copyOf(panelMembers), reportReviewed, List.copyOf(documentIds),
                ResponseType.fromCode(responseType).orElseThrow(),
                referralTo == null ? null : ReferralTarget.fromCode(referralTo).orElseThrow(), referralDetail,
                leadOrganisation, rationale, departureRationale, minutes);
    }

    /** The member who chairs the panel (exactly one, {@link PanelChairPolicy}). */
    public Optional<PanelMember> chair() {
        return panelMembers.stream().filter(PanelMember::chair).findFirst();
    }

    public Proposal proposal() {
        return proposal;
    }

    public boolean departsFromProposal() {
        return departsFromProposal;
    }

    public String recordedBySub() {
        return recordedBySub;
    }

    public String recordedByName() {
        return recordedByName;
    }

    public Instant recordedAt() {
        return recordedAt;
    }

    /** Who last changed the decision before approval: the recorder, or whoever revised it since. */
    public String lastRevisedBySub() {
        return lastChange.bySub();
    }

    public String approvedByName() {
        return approvedByName;
    }

    public Instant approvedAt() {
        return approvedAt;
    }

    public String approvalComment() {
        return approvalComment;
    }
}
