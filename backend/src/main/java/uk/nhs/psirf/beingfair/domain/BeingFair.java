package uk.nhs.psirf.beingfair.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import uk.nhs.psirf.platform.security.Stamp;

import java.time.Instant;
import java.util.UUID;

/**
 * One use of the Being Fair tool for a member of staff of a learning response: who opened it, the joint user they
 * named and, once that person joined with their own sign-in, who they are. Its uses ({@link BeingFairRound}) hang
 * off it; every change to them touches this record, so its {@code version} guards them all.
 */
@Entity
@Table(name = "being_fair")
public class BeingFair {
    @Id
    private UUID id;

    @Version
    private long version;

    @Column(name = "response_id", nullable = false)
    private UUID responseId;

    @Column(name = "staff_name", nullable = false, length = 200)
    private String staffName;

    @Column(name = "staff_job_role", nullable = false, length = 200)
    private String staffJobRole;

    @Column(name = "opener_sub", nullable = false, length = 100)
    private String openerSub;

    @Column(name = "opener_name", length = 200)
    private String openerName;

    @Column(name = "opener_role", nullable = false, length = 40)
    private String openerRole;

    @Column(name = "opened_at", nullable = false)
    private Instant openedAt;

    @Column(name = "joint_person_id", nullable = false)
    private UUID jointPersonId;

    @Column(name = "joint_role", nullable = false, length = 40)
    private String jointRole;

    @Column(name = "joint_sub", length = 100)
    private String jointSub;

    @Column(name = "joint_name", length = 200)
    private String jointName;

    @Column(name = "joined_at")
    private Instant joinedAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected BeingFair() {
    }

    /** Opened by {@code opener} (who and when) in {@code openerRole}, naming the joint user. */
    public static BeingFair open(UUID responseId, String staffName, String staffJobRole, String openerRole,
                                 UUID jointPersonId, String jointRole, Stamp opener) {
        BeingFair record = new BeingFair();
        record.id = UUID.randomUUID();
        record.responseId = responseId;
        record.staffName = staffName;
        record.staffJobRole = staffJobRole;
        record.openerSub = opener.sub();
        record.openerName = opener.name();
        record.openerRole = openerRole;
        record.openedAt = opener.at();
        record.jointPersonId = jointPersonId;
        record.jointRole = jointRole;
        record.updatedAt = opener.at();
        return record;
    }

    public void join(Stamp joint) {
        jointSub = joint.sub();
        jointName = joint.name();
        joinedAt = joint.at();
        updatedAt = joint.at();
    }

    /** Marks a change to one of its uses, so that the version moves on. */
    public void touch(Instant at) {
        updatedAt = at;
    }

    public boolean joined() {
        return jointSub != null;
    }

    /** Whether this sign-in is one of the two users: the one who opened it, or the one who joined. */
    public boolean usedBy(String sub) {
        return openerSub.equals(sub) || (jointSub != null && jointSub.equals(sub));
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

    public String staffJobRole() {
        return staffJobRole;
    }

    public String openerSub() {
        return openerSub;
    }

    public String openerName() {
        return openerName;
    }

    public String openerRole() {
        return openerRole;
    }

    public Instant openedAt() {
        return openedAt;
    }

    public UUID jointPersonId() {
        return jointPersonId;
    }

    public String jointRole() {
        return jointRole;
    }

    public String jointSub() {
        return jointSub;
    }

    public String jointName() {
        return jointName;
    }

    public Instant joinedAt() {
        return joinedAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }
}
