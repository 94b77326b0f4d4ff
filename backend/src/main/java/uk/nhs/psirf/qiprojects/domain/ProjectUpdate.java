package uk.nhs.psirf.qiprojects.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import uk.nhs.psirf.platform.security.Stamp;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A monthly progress update to the project's sponsor; a log, never edited. */
@Entity
@Table(name = "qi_project_update")
public class ProjectUpdate {
    @Id
    private UUID id;

    @Column(name = "project_id", nullable = false)
    private UUID projectId;

    @Column(name = "posted_on", nullable = false)
    private LocalDate postedOn;

    @Column(nullable = false, length = 2000)
    private String progress;

    @Column(name = "next_steps", length = 2000)
    private String nextSteps;

    @Column(name = "help_needed", length = 1000)
    private String helpNeeded;

    @Column(name = "posted_by_sub", nullable = false, length = 100)
    private String postedBySub;

    @Column(name = "posted_by_name", length = 200)
    private String postedByName;

    @Column(name = "posted_at", nullable = false)
    private Instant postedAt;

    protected ProjectUpdate() {
    }

    public static ProjectUpdate post(UUID projectId, LocalDate postedOn, String progress, String nextSteps,
                                     String helpNeeded, Stamp by) {
        ProjectUpdate update = new ProjectUpdate();
        update.id = UUID.randomUUID();
        update.projectId = projectId;
        update.postedOn = postedOn;
        update.progress = progress;
        update.nextSteps = nextSteps;
        update.helpNeeded = helpNeeded;
        update.postedBySub = by.sub();
        update.postedByName = by.name();
        update.postedAt = by.at();
        return update;
    }

    public UUID id() {
        return id;
    }

    public UUID projectId() {
        return projectId;
    }

    public LocalDate postedOn() {
        return postedOn;
    }

    public String progress() {
        return progress;
    }

    public String nextSteps() {
        return nextSteps;
    }

    public String helpNeeded() {
        return helpNeeded;
    }

    public String postedByName() {
        return postedByName;
    }

    public Instant postedAt() {
        return postedAt;
    }
}
