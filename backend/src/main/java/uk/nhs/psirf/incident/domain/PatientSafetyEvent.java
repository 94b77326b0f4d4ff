package uk.nhs.psirf.incident.domain;

import uk.nhs.psirf.kernel.ResponseType;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import uk.nhs.psirf.reference.EventCategory;
import uk.nhs.psirf.reference.EventType;
import uk.nhs.psirf.reference.Location;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** A reported patient safety event (LFPSE "AdverseEvent") and its triage state. */
@Entity
@Table(name = "patient_safety_event")
public class PatientSafetyEvent {
    @Id
    private UUID id;

    @Column(nullable = false, unique = true, length = 20)
    private String reference;

    @Version
    private long version;

    @Column(nullable = false, length = 20)
    private EventStatus status;

    @Column(name = "reporter_sub", length = 100)
    private String reporterSub;

    @Column(name = "reporter_name", length = 200)
    private String reporterName;

    @Column(name = "reporter_key", nullable = false, length = 64)
    private String reporterKey;

    @Column(nullable = false)
    private boolean anonymous;

    @Column(name = "event_type", nullable = false, length = 20)
    private EventType eventType;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    @Column(name = "reported_at", nullable = false)
    private Instant reportedAt;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "location_id")
    private Location location;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "category_id")
    private EventCategory category;

    @Column(name = "physical_harm", nullable = false)
    private int physicalHarm;

    @Column(name = "psychological_harm", nullable = false)
    private int psychologicalHarm;

    @Column(name = "what_happened", nullable = false, length = 4000)
    private String whatHappened;

    @Column(name = "immediate_actions", length = 2000)
    private String immediateActions;

    @Column(name = "patient_involved", nullable = false)
    private boolean patientInvolved;

    @Embedded
    private Patient patient;

    @OneToMany(mappedBy = "event", cascade = CascadeType.ALL)
    @OrderBy("position")
    private List<StaffInvolvement> staffInvolved = new ArrayList<>();

    @OneToMany(mappedBy = "event", cascade = CascadeType.ALL)
    @OrderBy("at, id")
    private List<StatusChange> history = new ArrayList<>();

    @Column(name = "case_id")
    private UUID caseId;

    @Column(name = "duplicate_of_id")
    private UUID duplicateOfId;

    @Column(name = "outcome_response_type", length = 40)
    private String outcomeResponseType;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(length = 4000)
    private String learning;

    @Column(name = "learning_shared_at")
    private Instant learningSharedAt;

    protected PatientSafetyEvent() {
    }

    public static PatientSafetyEvent report(String reference, Reporter reporter, boolean anonymous, EventFacts facts,
                                            Instant reportedAt) {
        PatientSafetyEvent event = new PatientSafetyEvent();
        event.id = UUID.randomUUID();
        event.reference = reference;
        event.status = EventStatus.SUBMITTED;
        event.reporterSub = reporter.sub();
        event.reporterName = reporter.name();
        event.reporterKey = reporter.key();
        event.anonymous = anonymous;
        event.eventType = facts.eventType();
        event.occurredAt = facts.occurredAt();
        event.reportedAt = reportedAt;
        event.location = facts.location();
        event.category = facts.category();
        event.physicalHarm = facts.physicalHarm();
        event.psychologicalHarm = facts.psychologicalHarm();
        event.whatHappened = facts.whatHappened();
        event.immediateActions = facts.immediateActions();
        event.patientInvolved = facts.patient() != null;
        event.patient = facts.patient();
        for (EventFacts.Staff staff : facts.staffInvolved()) {
            event.staffInvolved.add(new StaffInvolvement(event, event.staffInvolved.size(), staff.name(), staff.role(),
                    staff.staffType()));
        }
        event.history.add(new StatusChange(event, reportedAt, EventStatus.SUBMITTED, reporter.sub(), reporter.name(),
                null));
        return event;
    }

    /** Triage re-grades the event; a status change (or a note) is added to the history. */
    public void triage(EventStatus newStatus, EventCategory newCategory, int newPhysicalHarm, int newPsychologicalHarm,
                       String note, String bySub, String byName, Instant at) {
        boolean statusChanged = newStatus != status;
        status = newStatus;
        category = newCategory;
        physicalHarm = newPhysicalHarm;
        psychologicalHarm = newPsychologicalHarm;
        if (statusChanged || (note != null && !note.isBlank())) {
            history.add(new StatusChange(this, at, newStatus, bySub, byName, note));
        }
    }

    /** A note on the history without changing the status (e.g. a decision recorded, awaiting the chair). */
    public void note(String note, String bySub, String byName, Instant at) {
        history.add(new StatusChange(this, at, status, bySub, byName, note));
    }

    /** The chair approved the panel's decision: the event is decided and the reporter can be told the response. */
    public void decide(ResponseType responseType, String note, String bySub, String byName, Instant at) {
        status = EventStatus.DECIDED;
        outcomeResponseType = responseType.code();
        decidedAt = at;
        history.add(new StatusChange(this, at, status, bySub, byName, note));
    }

    public void groupInto(UUID newCaseId) {
        caseId = newCaseId;
    }

    /** A duplicate is closed; the original carries the triage from here on. */
    public void closeAsDuplicateOf(PatientSafetyEvent original, String bySub, String byName, Instant at) {
        duplicateOfId = original.id();
        status = EventStatus.CLOSED;
        history.add(new StatusChange(this, at, status, bySub, byName, "Duplicate of " + original.reference()));
    }

    public void shareLearning(String text, Instant at) {
        learning = text;
        learningSharedAt = at;
    }

    public UUID caseId() {
        return caseId;
    }

    public UUID duplicateOfId() {
        return duplicateOfId;
    }

    public Optional<ResponseType> outcomeResponseType() {
        return outcomeResponseType == null ? Optional.empty() : ResponseType.fromCode(outcomeResponseType);
    }

    public Instant decidedAt() {
        return decidedAt;
    }

    public String learning() {
        return learning;
    }

    public Instant learningSharedAt() {
        return learningSharedAt;
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

    public EventStatus status() {
        return status;
    }

    public String reporterSub() {
        return reporterSub;
    }

    public String reporterName() {
        return reporterName;
    }

    public String reporterKey() {
        return reporterKey;
    }

    public boolean anonymous() {
        return anonymous;
    }

    public EventType eventType() {
        return eventType;
    }

    public Instant occurredAt() {
        return occurredAt;
    }

    public Instant reportedAt() {
        return reportedAt;
    }

    public Location location() {
        return location;
    }

    public EventCategory category() {
        return category;
    }

    public int physicalHarm() {
        return physicalHarm;
    }

    public int psychologicalHarm() {
        return psychologicalHarm;
    }

    public String whatHappened() {
        return whatHappened;
    }

    public String immediateActions() {
        return immediateActions;
    }

    public boolean patientInvolved() {
        return patientInvolved;
    }

    public Patient patient() {
        return patient;
    }

    public List<StaffInvolvement> staffInvolved() {
        return List.copyOf(staffInvolved);
    }

    public List<StatusChange> history() {
        return List.copyOf(history);
    }
}
