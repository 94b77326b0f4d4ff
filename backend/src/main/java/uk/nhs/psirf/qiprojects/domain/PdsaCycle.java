package uk.nhs.psirf.qiprojects.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import uk.nhs.psirf.platform.security.Stamp;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A Plan-Do-Study-Act cycle testing a change, optionally pinned to a date on one of the project's run charts. */
@Entity
@Table(name = "qi_pdsa_cycle")
public class PdsaCycle {
    @Id
    private UUID id;

    @Column(name = "project_id", nullable = false)
    private UUID projectId;

    @Column(nullable = false, length = 200)
    private String title;

    @Column(nullable = false, length = 2000)
    private String plan;

    @Column(name = "do_text", length = 2000)
    private String doText;

    @Column(length = 2000)
    private String study;

    @Column(length = 2000)
    private String act;

    @Column(length = 2000)
    private String learnt;

    @Column(name = "started_on", nullable = false)
    private LocalDate startedOn;

    @Column(name = "ended_on")
    private LocalDate endedOn;

    @Column(name = "measure_id")
    private UUID measureId;

    @Column(name = "pinned_on")
    private LocalDate pinnedOn;

    @Column(name = "recorded_by_sub", nullable = false, length = 100)
    private String recordedBySub;

    @Column(name = "recorded_by_name", length = 200)
    private String recordedByName;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    protected PdsaCycle() {
    }

    /** The four stages, what was learnt, when, and where it is pinned; checked by the caller. */
    public record Stages(String title, String plan, String doText, String study, String act, String learnt,
                         LocalDate startedOn, LocalDate endedOn, UUID measureId, LocalDate pinnedOn) {
    }

    public static PdsaCycle record(UUID projectId, Stages stages, Stamp by) {
        PdsaCycle cycle = new PdsaCycle();
        cycle.id = UUID.randomUUID();
        cycle.projectId = projectId;
        cycle.title = stages.title();
        cycle.plan = stages.plan();
        cycle.doText = stages.doText();
        cycle.study = stages.study();
        cycle.act = stages.act();
        cycle.learnt = stages.learnt();
        cycle.startedOn = stages.startedOn();
        cycle.endedOn = stages.endedOn();
        cycle.measureId = stages.measureId();
        cycle.pinnedOn = stages.pinnedOn();
        cycle.recordedBySub = by.sub();
        cycle.recordedByName = by.name();
        cycle.recordedAt = by.at();
        return cycle;
    }

    public UUID id() {
        return id;
    }

    public UUID projectId() {
        return projectId;
    }

    public Stages stages() {
        return new Stages(title, plan, doText, study, act, learnt, startedOn, endedOn, measureId, pinnedOn);
    }

    public String recordedByName() {
        return recordedByName;
    }

    public Instant recordedAt() {
        return recordedAt;
    }
}
