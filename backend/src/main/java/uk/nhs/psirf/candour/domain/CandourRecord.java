package uk.nhs.psirf.candour.domain;

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

/** The Duty of Candour record of one event: the notifiable decision and the three steps (policy §6). */
@Entity
@Table(name = "candour_record")
public class CandourRecord {
    @Id
    @Column(name = "event_id")
    private UUID eventId;

    @Version
    private long version;

    private Boolean notifiable;

    @Column(name = "prolonged_psychological_harm", nullable = false)
    private boolean prolongedPsychologicalHarm;

    @Column(name = "decision_reason", length = 2000)
    private String decisionReason;

    @Column(name = "decided_by_sub", length = 100)
    private String decidedBySub;

    @Column(name = "decided_by_name", length = 200)
    private String decidedByName;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "verbal_notified_on")
    private LocalDate verbalNotifiedOn;

    @Column(name = "verbal_notified_by", length = 200)
    private String verbalNotifiedBy;

    @Column(name = "verbal_notified_to", length = 200)
    private String verbalNotifiedTo;

    @Column(name = "verbal_not_done_reason", length = 2000)
    private String verbalNotDoneReason;

    @Column(name = "written_sent_on")
    private LocalDate writtenSentOn;

    @Column(name = "written_not_done_reason", length = 2000)
    private String writtenNotDoneReason;

    @Column(name = "findings_shared_on")
    private LocalDate findingsSharedOn;

    @Column(name = "findings_not_done_reason", length = 2000)
    private String findingsNotDoneReason;

    @Embedded
    private LastChange lastChange;

    protected CandourRecord() {
    }

    public static CandourRecord startFor(UUID eventId, Stamp by) {
        CandourRecord record = new CandourRecord();
        record.eventId = eventId;
        record.touch(by);
        return record;
    }

    public void decide(boolean notifiable, boolean prolongedPsychologicalHarm, String reason, Stamp by) {
        this.notifiable = notifiable;
        this.prolongedPsychologicalHarm = prolongedPsychologicalHarm;
        this.decisionReason = reason;
        this.decidedBySub = by.sub();
        this.decidedByName = by.name();
        this.decidedAt = by.at();
        touch(by);
    }

    public void recordSteps(CandourSteps steps, Stamp by) {
        this.verbalNotifiedOn = steps.verbalNotifiedOn();
        this.verbalNotifiedBy = steps.verbalNotifiedBy();
        this.verbalNotifiedTo = steps.verbalNotifiedTo();
        this.verbalNotDoneReason = steps.verbalNotDoneReason();
        this.writtenSentOn = steps.writtenSentOn();
        this.writtenNotDoneReason = steps.writtenNotDoneReason();
        this.findingsSharedOn = steps.findingsSharedOn();
        this.findingsNotDoneReason = steps.findingsNotDoneReason();
        touch(by);
    }

    private void touch(Stamp by) {
        lastChange = by.lastChange();
    }

    /** Done, or recorded as not possible with a reason. */
    public boolean verbalSettled() {
        return verbalNotifiedOn != null || verbalNotDoneReason != null;
    }

    public boolean writtenSettled() {
        return writtenSentOn != null || writtenNotDoneReason != null;
    }

    public boolean findingsSettled() {
        return findingsSharedOn != null || findingsNotDoneReason != null;
    }

    public CandourSteps steps() {
        return new CandourSteps(verbalNotifiedOn, verbalNotifiedBy, verbalNotifiedTo, verbalNotDoneReason,
                writtenSentOn, writtenNotDoneReason, findingsSharedOn, findingsNotDoneReason);
    }

    public UUID eventId() {
        return eventId;
    }

    public long version() {
        return version;
    }

    public Boolean notifiable() {
        return notifiable;
    }

    public boolean prolongedPsychologicalHarm() {
        return prolongedPsychologicalHarm;
    }

    public String decisionReason() {
        return decisionReason;
    }

    public String decidedByName() {
        return decidedByName;
    }

    public Instant decidedAt() {
        return decidedAt;
    }

    public LocalDate verbalNotifiedOn() {
        return verbalNotifiedOn;
    }
}
