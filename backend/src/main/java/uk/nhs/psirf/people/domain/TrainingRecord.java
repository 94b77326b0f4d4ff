package uk.nhs.psirf.people.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A person's patient safety training (policy §4); a person without a record has none. */
@Entity
@Table(name = "training_record")
public class TrainingRecord {
    @Id
    @Column(name = "person_id")
    private UUID personId;

    @Version
    private long version;

    @Column(name = "level1_completed_on")
    private LocalDate level1CompletedOn;

    @Column(name = "level2_completed_on")
    private LocalDate level2CompletedOn;

    @Column(name = "learning_from_incidents_days", nullable = false, precision = 5, scale = 1)
    private BigDecimal learningFromIncidentsDays = BigDecimal.ZERO;

    @Column(name = "engagement_training_hours", nullable = false, precision = 6, scale = 1)
    private BigDecimal engagementTrainingHours = BigDecimal.ZERO;

    @Column(name = "oversight_training_days", nullable = false, precision = 5, scale = 1)
    private BigDecimal oversightTrainingDays = BigDecimal.ZERO;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected TrainingRecord() {
    }

    public static TrainingRecord none(UUID personId, Instant at) {
        TrainingRecord record = new TrainingRecord();
        record.personId = personId;
        record.updatedAt = at;
        return record;
    }

    public void record(Training training, Instant at) {
        level1CompletedOn = training.level1CompletedOn();
        level2CompletedOn = training.level2CompletedOn();
        learningFromIncidentsDays = training.learningFromIncidentsDays();
        engagementTrainingHours = training.engagementTrainingHours();
        oversightTrainingDays = training.oversightTrainingDays();
        updatedAt = at;
    }

    public Training training() {
        return new Training(level1CompletedOn, level2CompletedOn, learningFromIncidentsDays, engagementTrainingHours,
                oversightTrainingDays);
    }

    public UUID personId() {
        return personId;
    }

    public long version() {
        return version;
    }

    public Instant updatedAt() {
        return updatedAt;
    }
}
