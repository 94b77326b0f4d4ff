package uk.nhs.psirf.engagement.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import uk.nhs.psirf.platform.security.Stamp;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** One contact with a person affected, with the checklist of its stage; contacts are a log, never edited. */
@Entity
@Table(name = "engagement_contact")
public class EngagementContact {
    @Id
    private UUID id;

    @Column(name = "person_affected_id", nullable = false)
    private UUID personAffectedId;

    @Column(name = "contacted_on", nullable = false)
    private LocalDate contactedOn;

    @Column(nullable = false, length = 200)
    private String method;

    @Column(nullable = false, length = 20)
    private String stage;

    @Column(length = 4000)
    private String notes;

    @Column(name = "next_contact_on")
    private LocalDate nextContactOn;

    @ElementCollection
    @CollectionTable(name = "engagement_contact_item", joinColumns = @JoinColumn(name = "contact_id"))
    @OrderColumn(name = "position")
    private List<ChecklistAnswer> checklist = new ArrayList<>();

    @Column(name = "recorded_by_sub", nullable = false, length = 100)
    private String recordedBySub;

    @Column(name = "recorded_by_name", length = 200)
    private String recordedByName;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    protected EngagementContact() {
    }

    public static EngagementContact record(UUID personAffectedId, LocalDate contactedOn, String method,
                                           ContactStage stage, String notes, List<ChecklistAnswer> checklist,
                                           LocalDate nextContactOn, Stamp by) {
        EngagementContact contact = new EngagementContact();
        contact.id = UUID.randomUUID();
        contact.personAffectedId = personAffectedId;
        contact.contactedOn = contactedOn;
        contact.method = method;
        contact.stage = stage.code();
        contact.notes = notes;
        contact.checklist.addAll(checklist);
        contact.nextContactOn = nextContactOn;
        contact.recordedBySub = by.sub();
        contact.recordedByName = by.name();
        contact.recordedAt = by.at();
        return contact;
    }

    public UUID id() {
        return id;
    }

    public UUID personAffectedId() {
        return personAffectedId;
    }

    public LocalDate contactedOn() {
        return contactedOn;
    }

    public String method() {
        return method;
    }

    public ContactStage stage() {
        return ContactStage.fromCode(stage).orElseThrow();
    }

    public String notes() {
        return notes;
    }

    public LocalDate nextContactOn() {
        return nextContactOn;
    }

    public List<ChecklistAnswer> checklist() {
        return List.copyOf(checklist);
    }

    public String recordedByName() {
        return recordedByName;
    }

    public Instant recordedAt() {
        return recordedAt;
    }
}
