package uk.nhs.psirf.staffsupport.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import uk.nhs.psirf.platform.security.Stamp;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** The support of one member of staff involved in a learning response's events (Appendix 2). */
@Entity
@Table(name = "staff_support")
public class StaffSupport {
    @Id
    private UUID id;

    @Version
    private long version;

    @Column(name = "response_id", nullable = false)
    private UUID responseId;

    @Column(name = "staff_name", nullable = false, length = 200)
    private String staffName;

    @Column(name = "staff_role", length = 200)
    private String staffRole;

    @Column(name = "line_manager_person_id")
    private UUID lineManagerPersonId;

    @Column(name = "line_manager_name", length = 200)
    private String lineManagerName;

    @Column(name = "reviewer_person_id")
    private UUID reviewerPersonId;

    @Column(name = "reviewer_name", length = 200)
    private String reviewerName;

    @Column(length = 4000)
    private String signposting;

    @Column(name = "hr_contacted", nullable = false)
    private boolean hrContacted;

    @ElementCollection
    @CollectionTable(name = "staff_support_step", joinColumns = @JoinColumn(name = "support_id"))
    @OrderColumn(name = "position")
    private List<SupportStepRecord> steps = new ArrayList<>();

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "updated_by_sub", nullable = false, length = 100)
    private String updatedBySub;

    protected StaffSupport() {
    }

    public static StaffSupport start(UUID responseId, SupportDetails details, Stamp by) {
        StaffSupport support = new StaffSupport();
        support.id = UUID.randomUUID();
        support.responseId = responseId;
        support.createdAt = by.at();
        support.change(details, by);
        return support;
    }

    public void change(SupportDetails details, Stamp by) {
        staffName = details.staffName();
        staffRole = details.staffRole();
        lineManagerPersonId = details.lineManagerPersonId();
        lineManagerName = details.lineManagerName();
        reviewerPersonId = details.reviewerPersonId();
        reviewerName = details.reviewerName();
        signposting = details.signposting();
        hrContacted = details.hrContacted();
        steps.clear();
        steps.addAll(details.steps());
        updatedBySub = by.sub();
        updatedAt = by.at();
    }

    public UUID id() {
        return id;
    }

    public long version() {
        return version;
    }

    public UUID responseId() {
        return responseId;
    }

    public String staffName() {
        return staffName;
    }

    public String staffRole() {
        return staffRole;
    }

    public UUID lineManagerPersonId() {
        return lineManagerPersonId;
    }

    public String lineManagerName() {
        return lineManagerName;
    }

    public UUID reviewerPersonId() {
        return reviewerPersonId;
    }

    public String reviewerName() {
        return reviewerName;
    }

    public String signposting() {
        return signposting;
    }

    public boolean hrContacted() {
        return hrContacted;
    }

    public List<SupportStepRecord> steps() {
        return List.copyOf(steps);
    }

    public Instant updatedAt() {
        return updatedAt;
    }
}
