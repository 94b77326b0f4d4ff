package uk.nhs.psirf.improvementplans.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import uk.nhs.psirf.platform.persistence.LastChange;
import uk.nhs.psirf.platform.security.Stamp;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A safety improvement plan (policy §16): brings together safety actions and learning responses. */
@Entity
@Table(name = "improvement_plan")
public class ImprovementPlan {
    @Id
    private UUID id;

    @Column(nullable = false, unique = true, length = 20)
    private String reference;

    @Version
    private long version;

    @Column(nullable = false, length = 200)
    private String title;

    @Column(nullable = false, length = 20)
    private String scope;

    @Column(name = "scope_detail", length = 200)
    private String scopeDetail;

    @Column(name = "location_id")
    private Long locationId;

    @Column(length = 4000)
    private String summary;

    @Column(name = "qi_project_link", length = 500)
    private String qiProjectLink;

    @Column(name = "owner_person_id", nullable = false)
    private UUID ownerPersonId;

    @Column(name = "review_on", nullable = false)
    private LocalDate reviewOn;

    @Column(nullable = false, length = 20)
    private String status;

    @Column(name = "closed_at")
    private Instant closedAt;

    @Column(name = "closure_note", length = 2000)
    private String closureNote;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Embedded
    private LastChange lastChange;

    protected ImprovementPlan() {
    }

    public static ImprovementPlan open(String reference, PlanDetails details, Stamp by) {
        ImprovementPlan plan = new ImprovementPlan();
        plan.id = UUID.randomUUID();
        plan.reference = reference;
        plan.status = PlanStatus.OPEN.code();
        plan.createdAt = by.at();
        plan.change(details, by);
        return plan;
    }

    public void change(PlanDetails details, Stamp by) {
        requireOpen();
        title = details.title();
        scope = details.scope().code();
        scopeDetail = details.scopeDetail();
        locationId = details.locationId();
        summary = details.summary();
        qiProjectLink = details.qiProjectLink();
        ownerPersonId = details.ownerPersonId();
        reviewOn = details.reviewOn();
        lastChange = by.lastChange();
    }

    public void close(String note, Stamp by) {
        requireOpen();
        status = PlanStatus.CLOSED.code();
        closedAt = by.at();
        closureNote = note;
        lastChange = by.lastChange();
    }

    /** Open again; the closing note is dropped from the plan (the audit trail keeps it). */
    public void reopen(Stamp by) {
        if (status() != PlanStatus.CLOSED) {
            throw new IllegalStateException(reference + " is open");
        }
        status = PlanStatus.OPEN.code();
        closedAt = null;
        closureNote = null;
        lastChange = by.lastChange();
    }

    private void requireOpen() {
        if (status != null && !ClosedPlanPolicy.acceptsChanges(status())) {
            throw new IllegalStateException(reference + " is closed");
        }
    }

    public UUID id() {
        return id;
    }

    public String reference() {
        return reference;
    }

    public long version() {
        return version;
    }

    public String title() {
        return title;
    }

    public PlanScope scope() {
        return PlanScope.fromCode(scope).orElseThrow();
    }

    public String scopeDetail() {
        return scopeDetail;
    }

    public Long locationId() {
        return locationId;
    }

    public String summary() {
        return summary;
    }

    public String qiProjectLink() {
        return qiProjectLink;
    }

    public UUID ownerPersonId() {
        return ownerPersonId;
    }

    public LocalDate reviewOn() {
        return reviewOn;
    }

    public PlanStatus status() {
        return PlanStatus.fromCode(status).orElseThrow();
    }

    public Instant closedAt() {
        return closedAt;
    }

    public String closureNote() {
        return closureNote;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public LastChange lastChange() {
        return lastChange;
    }
}
