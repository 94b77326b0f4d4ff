package uk.nhs.psirf.coaches.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Converter;
import jakarta.persistence.AttributeConverter;
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

/** A QI coach's entry in the register. */
@Entity
@Table(name = "qi_coach")
public class Coach {
    @Id
    private UUID id;

    @Version
    private long version;

    @Column(name = "person_id", nullable = false)
    private UUID personId;

    @Convert(converter = KindColumn.class)
    @Column(nullable = false, length = 20)
    private CoachKind kind;

    @Column(name = "directorate_id")
    private Long directorateId;

    @Column(name = "started_on", nullable = false)
    private LocalDate startedOn;

    @Column(name = "ended_on")
    private LocalDate endedOn;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Embedded
    private LastChange lastChange;

    protected Coach() {
    }

    public static Coach enrol(UUID personId, CoachKind kind, Long directorateId, LocalDate startedOn, Stamp by) {
        Coach coach = new Coach();
        coach.id = UUID.randomUUID();
        coach.personId = personId;
        coach.createdAt = by.at();
        coach.change(kind, directorateId, startedOn, null, by);
        return coach;
    }

    public void change(CoachKind kind, Long directorateId, LocalDate startedOn, LocalDate endedOn, Stamp by) {
        this.kind = kind;
        this.directorateId = directorateId;
        this.startedOn = startedOn;
        this.endedOn = endedOn;
        this.lastChange = by.lastChange();
    }

    /** On the register on this day: started, and not yet ended. */
    public boolean isCurrentOn(LocalDate day) {
        return !startedOn.isAfter(day) && (endedOn == null || !endedOn.isBefore(day));
    }

    public UUID id() {
        return id;
    }

    public long version() {
        return version;
    }

    public UUID personId() {
        return personId;
    }

    public CoachKind kind() {
        return kind;
    }

    public Long directorateId() {
        return directorateId;
    }

    public LocalDate startedOn() {
        return startedOn;
    }

    public LocalDate endedOn() {
        return endedOn;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public LastChange lastChange() {
        return lastChange;
    }

    @Converter
    static class KindColumn implements AttributeConverter<CoachKind, String> {
        @Override
        public String convertToDatabaseColumn(CoachKind kind) {
            return kind == null ? null : kind.code();
        }

        @Override
        public CoachKind convertToEntityAttribute(String code) {
            return code == null ? null : CoachKind.fromCode(code).orElseThrow();
        }
    }
}
