package uk.nhs.psirf.coaching.domain;

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
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** One coaching record of a contract: a session held or cancelled (004_*). Shared with the patient safety team only
 * when the coach says so. */
@Entity
@Table(name = "coaching_record")
public class CoachingRecord {
    @Id
    private UUID id;

    @Version
    private long version;

    @Column(name = "contract_id", nullable = false)
    private UUID contractId;

    @Column(name = "held_on", nullable = false)
    private LocalDate heldOn;

    @Column(nullable = false, length = 10)
    private String mode;

    @Column(nullable = false)
    private boolean cancelled;

    @Column(name = "starts_at")
    private LocalTime startsAt;

    @Column(name = "finishes_at")
    private LocalTime finishesAt;

    @Column(nullable = false)
    private int minutes;

    @Column(length = 1000)
    private String topic;

    @Column(name = "issues_arising", length = 4000)
    private String issuesArising;

    @ElementCollection
    @CollectionTable(name = "coaching_record_action", joinColumns = @JoinColumn(name = "record_id"))
    @OrderColumn(name = "position")
    private List<RecordAction> actions = new ArrayList<>();

    @Column(name = "next_meeting_on")
    private LocalDate nextMeetingOn;

    @Column(name = "cancelled_by", length = 10)
    private String cancelledBy;

    @Column(name = "rescheduled_to")
    private LocalDate rescheduledTo;

    @Column(name = "rescheduled_by", length = 10)
    private String rescheduledBy;

    @Column(name = "shared_with_safety_team", nullable = false)
    private boolean sharedWithSafetyTeam;

    @Column(name = "shared_at")
    private Instant sharedAt;

    @Column(name = "shared_by_name", length = 200)
    private String sharedByName;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Embedded
    private LastChange lastChange;

    protected CoachingRecord() {
    }

    public static CoachingRecord record(UUID contractId, SessionEntry entry, Stamp by) {
        CoachingRecord record = new CoachingRecord();
        record.id = UUID.randomUUID();
        record.contractId = contractId;
        record.createdAt = by.at();
        record.change(entry, by);
        return record;
    }

    public void change(SessionEntry entry, Stamp by) {
        heldOn = entry.heldOn();
        mode = entry.mode();
        cancelled = entry.cancelled();
        startsAt = entry.startsAt();
        finishesAt = entry.finishesAt();
        minutes = entry.minutes();
        topic = entry.topic();
        issuesArising = entry.issuesArising();
        actions.clear();
        actions.addAll(entry.actions());
        nextMeetingOn = entry.nextMeetingOn();
        cancelledBy = entry.cancelledBy() == null ? null : entry.cancelledBy().code();
        rescheduledTo = entry.rescheduledTo();
        rescheduledBy = entry.rescheduledBy() == null ? null : entry.rescheduledBy().code();
        lastChange = by.lastChange();
    }

    /** The coach's explicit choice to share this record with the patient safety team, or to stop sharing it. */
    public void share(boolean shared, Stamp by) {
        sharedWithSafetyTeam = shared;
        sharedAt = shared ? by.at() : null;
        sharedByName = shared ? by.name() : null;
        lastChange = by.lastChange();
    }

    public UUID id() {
        return id;
    }

    public long version() {
        return version;
    }

    public UUID contractId() {
        return contractId;
    }

    public LocalDate heldOn() {
        return heldOn;
    }

    public String mode() {
        return mode;
    }

    public boolean cancelled() {
        return cancelled;
    }

    public LocalTime startsAt() {
        return startsAt;
    }

    public LocalTime finishesAt() {
        return finishesAt;
    }

    public int minutes() {
        return minutes;
    }

    public String topic() {
        return topic;
    }

    public String issuesArising() {
        return issuesArising;
    }

    public List<RecordAction> actions() {
        return List.copyOf(actions);
    }

    public LocalDate nextMeetingOn() {
        return nextMeetingOn;
    }

    public String cancelledBy() {
        return cancelledBy;
    }

    public LocalDate rescheduledTo() {
        return rescheduledTo;
    }

    public String rescheduledBy() {
        return rescheduledBy;
    }

    public boolean sharedWithSafetyTeam() {
        return sharedWithSafetyTeam;
    }

    public Instant sharedAt() {
        return sharedAt;
    }

    public String sharedByName() {
        return sharedByName;
    }

    public String recordedByName() {
        return lastChange.byName();
    }
}
