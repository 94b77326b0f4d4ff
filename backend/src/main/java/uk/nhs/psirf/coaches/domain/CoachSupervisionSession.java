package uk.nhs.psirf.coaches.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import uk.nhs.psirf.platform.security.Stamp;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** One supervision session of a QI coach with an improvement advisor; sessions are a log, never edited. */
@Entity
@Table(name = "qi_coach_supervision_session")
public class CoachSupervisionSession {
    @Id
    private UUID id;

    @Column(name = "coach_id", nullable = false)
    private UUID coachId;

    @Column(name = "held_on", nullable = false)
    private LocalDate heldOn;

    @Column(name = "advisor_person_id", nullable = false)
    private UUID advisorPersonId;

    @Column(length = 2000)
    private String notes;

    @Column(name = "next_session_on")
    private LocalDate nextSessionOn;

    @Column(name = "recorded_by_sub", nullable = false, length = 100)
    private String recordedBySub;

    @Column(name = "recorded_by_name", length = 200)
    private String recordedByName;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    protected CoachSupervisionSession() {
    }

    public static CoachSupervisionSession record(UUID coachId, LocalDate heldOn, UUID advisorPersonId, String notes,
                                                 LocalDate nextSessionOn, Stamp by) {
        CoachSupervisionSession session = new CoachSupervisionSession();
        session.id = UUID.randomUUID();
        session.coachId = coachId;
        session.heldOn = heldOn;
        session.advisorPersonId = advisorPersonId;
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

    public UUID coachId() {
        return coachId;
    }

    public LocalDate heldOn() {
        return heldOn;
    }

    public UUID advisorPersonId() {
        return advisorPersonId;
    }

    public String notes() {
        return notes;
    }

    public LocalDate nextSessionOn() {
        return nextSessionOn;
    }

    public String recordedBySub() {
        return recordedBySub;
    }

    public String recordedByName() {
        return recordedByName;
    }

    public Instant recordedAt() {
        return recordedAt;
    }
}
