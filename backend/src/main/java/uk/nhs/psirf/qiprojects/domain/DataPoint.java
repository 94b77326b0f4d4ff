package uk.nhs.psirf.qiprojects.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import uk.nhs.psirf.platform.security.Stamp;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** One value of a measure on a date, with a note pinned to it and the team's astronomical flag. */
@Entity
@Table(name = "qi_data_point")
public class DataPoint {
    @Id
    private UUID id;

    @Column(name = "measure_id", nullable = false)
    private UUID measureId;

    @Column(name = "on_date", nullable = false)
    private LocalDate onDate;

    @Column(nullable = false, precision = 14, scale = 4)
    private BigDecimal value;

    @Column(length = 500)
    private String note;

    @Column(nullable = false)
    private boolean astronomical;

    @Column(name = "recorded_by_sub", nullable = false, length = 100)
    private String recordedBySub;

    @Column(name = "recorded_by_name", length = 200)
    private String recordedByName;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    protected DataPoint() {
    }

    public static DataPoint record(UUID measureId, LocalDate onDate, BigDecimal value, String note,
                                   boolean astronomical, Stamp by) {
        DataPoint point = new DataPoint();
        point.id = UUID.randomUUID();
        point.measureId = measureId;
        point.onDate = onDate;
        point.value = value;
        point.note = note;
        point.astronomical = astronomical;
        point.recordedBySub = by.sub();
        point.recordedByName = by.name();
        point.recordedAt = by.at();
        return point;
    }

    public UUID id() {
        return id;
    }

    public UUID measureId() {
        return measureId;
    }

    public LocalDate onDate() {
        return onDate;
    }

    public BigDecimal value() {
        return value;
    }

    public String note() {
        return note;
    }

    public boolean astronomical() {
        return astronomical;
    }
}
