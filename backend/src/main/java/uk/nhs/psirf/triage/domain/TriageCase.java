package uk.nhs.psirf.triage.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import uk.nhs.psirf.platform.security.Stamp;

import java.time.Instant;
import java.util.UUID;

/** Several events reviewed together (multi-incident review, a theme); an event is in at most one case. */
@Entity
@Table(name = "triage_case")
public class TriageCase {
    @Id
    private UUID id;

    @Column(nullable = false, unique = true, length = 20)
    private String reference;

    @Version
    private long version;

    @Column(nullable = false, length = 200)
    private String title;

    @Column(length = 1000)
    private String theme;

    @Column(nullable = false)
    private boolean decided;

    @Column(name = "created_by_sub", nullable = false, length = 100)
    private String createdBySub;

    @Column(name = "created_by_name", length = 200)
    private String createdByName;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected TriageCase() {
    }

    public static TriageCase open(String reference, String title, String theme, Stamp by) {
        TriageCase triageCase = new TriageCase();
        triageCase.id = UUID.randomUUID();
        triageCase.reference = reference;
        triageCase.title = title;
        triageCase.theme = theme;
        triageCase.createdBySub = by.sub();
        triageCase.createdByName = by.name();
        triageCase.createdAt = by.at();
        triageCase.updatedAt = by.at();
        return triageCase;
    }

    public void rename(String newTitle, String newTheme, Instant at) {
        title = newTitle;
        theme = newTheme;
        updatedAt = at;
    }

    /** Once the chair approves a decision for the case its events are fixed. */
    public void markDecided(Instant at) {
        decided = true;
        updatedAt = at;
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

    public String title() {
        return title;
    }

    public String theme() {
        return theme;
    }

    public boolean decided() {
        return decided;
    }

    public String createdByName() {
        return createdByName;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }
}
