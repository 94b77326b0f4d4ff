package uk.nhs.psirf.qiprojects.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import uk.nhs.psirf.platform.persistence.LastChange;
import uk.nhs.psirf.platform.security.Stamp;

import java.time.Instant;
import java.util.UUID;

/**
 * A measure of a project: outcome, process or balancing; what it counts, in which unit, and which direction is an
 * improvement. {@code baselinePoints}: how many of the first points make the run chart's baseline (null: all of them).
 */
@Entity
@Table(name = "qi_measure")
public class Measure {
    @Id
    private UUID id;

    @Version
    private long version;

    @Column(name = "project_id", nullable = false)
    private UUID projectId;

    @Column(nullable = false, length = 20)
    private String kind;

    @Column(nullable = false, length = 200)
    private String name;

    @Column(nullable = false, length = 1000)
    private String definition;

    @Column(nullable = false, length = 50)
    private String unit;

    @Column(nullable = false, length = 10)
    private String direction;

    @Column(name = "baseline_points")
    private Integer baselinePoints;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Embedded
    private LastChange lastChange;

    protected Measure() {
    }

    public static Measure define(UUID projectId, MeasureKind kind, String name, String definition, String unit,
                                 Direction direction, Integer baselinePoints, Stamp by) {
        Measure measure = new Measure();
        measure.id = UUID.randomUUID();
        measure.projectId = projectId;
        measure.kind = kind.code();
        measure.name = name;
        measure.definition = definition;
        measure.unit = unit;
        measure.direction = direction.code();
        measure.baselinePoints = baselinePoints;
        measure.createdAt = by.at();
        measure.lastChange = by.lastChange();
        return measure;
    }

    public UUID id() {
        return id;
    }

    public UUID projectId() {
        return projectId;
    }

    public MeasureKind kind() {
        return MeasureKind.fromCode(kind).orElseThrow();
    }

    public String name() {
        return name;
    }

    public String definition() {
        return definition;
    }

    public String unit() {
        return unit;
    }

    public Direction direction() {
        return Direction.fromCode(direction).orElseThrow();
    }

    public Integer baselinePoints() {
        return baselinePoints;
    }

    /** Outcome, process or balancing (the IHI model for improvement's family of measures). */
    public enum MeasureKind {
        OUTCOME("outcome"), PROCESS("process"), BALANCING("balancing");

        private final String code;

        MeasureKind(String code) {
            this.code = code;
        }

        public String code() {
            return code;
        }

        public static java.util.Optional<MeasureKind> fromCode(String code) {
            return java.util.Arrays.stream(values()).filter(k -> k.code.equals(code)).findFirst();
        }
    }

    /** Which way is better. */
    public enum Direction {
        INCREASE("increase"), DECREASE("decrease");

        private final String code;

        Direction(String code) {
            this.code = code;
        }

        public String code() {
            return code;
        }

        public static java.util.Optional<Direction> fromCode(String code) {
            return java.util.Arrays.stream(values()).filter(d -> d.code.equals(code)).findFirst();
        }
    }
}
