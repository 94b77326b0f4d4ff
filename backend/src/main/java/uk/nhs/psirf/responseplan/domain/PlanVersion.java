package uk.nhs.psirf.responseplan.domain;

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
import uk.nhs.psirf.platform.persistence.LastChange;
import uk.nhs.psirf.platform.security.Stamp;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** One version of the patient safety incident response plan (PSIRP) with its Equality Impact Assessment. */
@Entity
@Table(name = "response_plan_version")
public class PlanVersion {
    @Id
    private UUID id;

    @Column(nullable = false, unique = true)
    private int number;

    @Version
    private long version;

    @Column(nullable = false, length = 20)
    private String status;

    @Column(name = "period_from", nullable = false)
    private LocalDate periodFrom;

    @Column(name = "period_to", nullable = false)
    private LocalDate periodTo;

    @Column(name = "review_date", nullable = false)
    private LocalDate reviewDate;

    @ElementCollection
    @CollectionTable(name = "response_plan_priority", joinColumns = @JoinColumn(name = "plan_version_id"))
    @OrderColumn(name = "position")
    private List<PlannedResponse> priorities = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "response_plan_equality_impact", joinColumns = @JoinColumn(name = "plan_version_id"))
    @OrderColumn(name = "position")
    private List<GroupImpact> equalityImpacts = new ArrayList<>();

    @Column(name = "eia_reviewer_name", length = 200)
    private String eiaReviewerName;

    @Column(name = "eia_reviewer_role", length = 200)
    private String eiaReviewerRole;

    @Column(name = "eia_reviewed_on")
    private LocalDate eiaReviewedOn;

    @Column(name = "full_assessment_title", length = 300)
    private String fullAssessmentTitle;

    @Column(name = "full_assessment_completed_on")
    private LocalDate fullAssessmentCompletedOn;

    @Column(name = "full_assessment_summary", length = 4000)
    private String fullAssessmentSummary;

    @Column(name = "created_by_sub", nullable = false, length = 100)
    private String createdBySub;

    @Column(name = "created_by_name", length = 200)
    private String createdByName;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Embedded
    private LastChange lastChange;

    @Column(name = "approved_by_sub", length = 100)
    private String approvedBySub;

    @Column(name = "approved_by_name", length = 200)
    private String approvedByName;

    @Column(name = "approved_at")
    private Instant approvedAt;

    @Column(name = "superseded_at")
    private Instant supersededAt;

    protected PlanVersion() {
    }

    public static PlanVersion draft(int number, PlanContent content, Stamp by) {
        PlanVersion plan = new PlanVersion();
        plan.id = UUID.randomUUID();
        plan.number = number;
        plan.status = PlanStatus.DRAFT.code();
        plan.createdBySub = by.sub();
        plan.createdByName = by.name();
        plan.createdAt = by.at();
        plan.write(content, by);
        return plan;
    }

    /** Only a draft may be edited: see {@link ApprovedVersionPolicy}. */
    public void edit(PlanContent content, Stamp by) {
        if (ApprovedVersionPolicy.mayEdit(this).isRefused()) {
            throw new IllegalStateException("plan version " + number + " is " + status + " and cannot be edited");
        }
        write(content, by);
    }

    /** Called by {@link InForcePolicy} only, which supersedes the version in force at the same time. */
    void putInForce(Stamp by) {
        status = PlanStatus.IN_FORCE.code();
        approvedBySub = by.sub();
        approvedByName = by.name();
        approvedAt = by.at();
    }

    void supersede(Instant at) {
        status = PlanStatus.SUPERSEDED.code();
        supersededAt = at;
    }

    private void write(PlanContent content, Stamp by) {
        periodFrom = content.period().from();
        periodTo = content.period().to();
        reviewDate = content.reviewDate();
        priorities.clear();
        priorities.addAll(content.priorities());
        EqualityImpact eia = content.equalityImpact();
        equalityImpacts.clear();
        equalityImpacts.addAll(eia.groups());
        eiaReviewerName = eia.reviewerName();
        eiaReviewerRole = eia.reviewerRole();
        eiaReviewedOn = eia.reviewedOn();
        FullAssessment full = eia.fullAssessment();
        fullAssessmentTitle = full == null ? null : full.title();
        fullAssessmentCompletedOn = full == null ? null : full.completedOn();
        fullAssessmentSummary = full == null ? null : full.summary();
        lastChange = by.lastChange();
    }

    public UUID id() {
        return id;
    }

    public int number() {
        return number;
    }

    public long version() {
        return version;
    }

    public PlanStatus status() {
        return PlanStatus.fromCode(status).orElseThrow();
    }

    public PlanPeriod period() {
        return new PlanPeriod(periodFrom, periodTo);
    }

    public LocalDate reviewDate() {
        return reviewDate;
    }

    public List<PlannedResponse> priorities() {
        return List.copyOf(priorities);
    }

    public EqualityImpact equalityImpact() {
        FullAssessment full = fullAssessmentTitle == null && fullAssessmentCompletedOn == null
                && fullAssessmentSummary == null ? null
                : new FullAssessment(fullAssessmentTitle, fullAssessmentCompletedOn, fullAssessmentSummary);
        return new EqualityImpact(eiaReviewerName, eiaReviewerRole, eiaReviewedOn, List.copyOf(equalityImpacts), full);
    }

    public String createdBySub() {
        return createdBySub;
    }

    public String createdByName() {
        return createdByName;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public LastChange lastChange() {
        return lastChange;
    }

    public String approvedByName() {
        return approvedByName;
    }

    public Instant approvedAt() {
        return approvedAt;
    }

    public Instant supersededAt() {
        return supersededAt;
    }
}
