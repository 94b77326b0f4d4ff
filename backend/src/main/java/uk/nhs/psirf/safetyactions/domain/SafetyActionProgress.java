package uk.nhs.psirf.safetyactions.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import uk.nhs.psirf.platform.security.Stamp;

import java.time.Instant;
import java.util.UUID;

/** One progress update on a safety action, kept as history: a note and the status it left the action in. */
@Entity
@Table(name = "safety_action_progress")
public class SafetyActionProgress {
    @Id
    private UUID id;

    @Column(name = "action_id", nullable = false)
    private UUID actionId;

    @Column(nullable = false)
    private Instant at;

    @Column(name = "by_sub", nullable = false, length = 100)
    private String bySub;

    @Column(name = "by_name", length = 200)
    private String byName;

    @Column(nullable = false, length = 4000)
    private String note;

    @Column(nullable = false, length = 20)
    private String status;

    protected SafetyActionProgress() {
    }

    public static SafetyActionProgress record(UUID actionId, String note, ActionStatus status, Stamp by) {
        SafetyActionProgress update = new SafetyActionProgress();
        update.id = UUID.randomUUID();
        update.actionId = actionId;
        update.note = note;
        update.status = status.code();
        update.bySub = by.sub();
        update.byName = by.name();
        update.at = by.at();
        return update;
    }

    public UUID id() {
        return id;
    }

    public Instant at() {
        return at;
    }

    public String byName() {
        return byName;
    }

    public String note() {
        return note;
    }

    public ActionStatus status() {
        return ActionStatus.fromCode(status).orElseThrow();
    }
}
