package uk.nhs.psirf.partners.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import uk.nhs.psirf.platform.security.Stamp;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** One supervision session of a patient safety partner; sessions are a log, never edited. */
@Entity
@Table(name = "psp_supervision_session")
public class SupervisionSession {
    @Id
    private UUID id;

    @Column(name = "partner_id", nullable = false)
    private UUID partnerId;

    @Column(name = "held_on", nullable = false)
    private LocalDate heldOn;

    @Column(name = "with_person_id", nullable = false)
    private UUID withPersonId;

    @Column(length = 1000)
    private String notes;

    @Column(name = "next_session_on")
    private LocalDate nextSessionOn;

    @Column(name = "recorded_by_sub", nullable = false, length = 100)
    private String recordedBySub;

    @Column(name = "recorded_by_name", length = 200)
    private String recordedByName;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    protected SupervisionSession() {
    }

    public static SupervisionSession record(UUID partnerId, LocalDate heldOn, UUID withPersonId, String notes,
                                            LocalDate nextSessionOn, Stamp by) {
        SupervisionSession session = new SupervisionSession();
        session.id = UUID.randomUUID();
        session.partnerId = partnerId;
        session.heldOn = heldOn;
        session.withPersonId = withPersonId;
        session.notes = notes;
        session.nextSessionOn = nextSessionOn;
        session.recordedBySub = by.sub();
        session.recordedByName = by.name();
        session.recordedAt = by.at();
        return session;
    }

    public UUID id() {
        return id;
    }

    public UUID partnerId() {
        return partnerId;
    }

    public LocalDate heldOn() {
        return heldOn;
    }

    public UUID withPersonId() {
        return withPersonId;
    }

    public String notes() {
        return notes;
    }

    public LocalDate nextSessionOn() {
        return nextSessionOn;
    }

    public String recordedByName() {
        return recordedByName;
    }

    public Instant recordedAt() {
        return recordedAt;
    }
}
