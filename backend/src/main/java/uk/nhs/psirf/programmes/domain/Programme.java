package uk.nhs.psirf.programmes.domain;

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

/** A training programme the trust runs; the ones the product knows carry a {@link #code()}. */
@Entity
@Table(name = "programme")
public class Programme {
    /** The challenging poor practice module (001_*), whose page shows the scenario cards. */
    public static final String CHALLENGING_POOR_PRACTICE = "challenging-poor-practice";

    @Id
    private UUID id;

    @Version
    private long version;

    @Column(length = 60)
    private String code;

    @Column(nullable = false, length = 200)
    private String title;

    @Column(nullable = false, length = 2000)
    private String summary;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Embedded
    private LastChange lastChange;

    protected Programme() {
    }

    public static Programme create(String title, String summary, Stamp by) {
        Programme programme = new Programme();
        programme.id = UUID.randomUUID();
        programme.title = title;
        programme.summary = summary;
        programme.createdAt = by.at();
        programme.lastChange = LastChange.by(by.sub(), by.name(), by.at());
        return programme;
    }

    public UUID id() {
        return id;
    }

    public long version() {
        return version;
    }

    public String code() {
        return code;
    }

    public String title() {
        return title;
    }

    public String summary() {
        return summary;
    }

    public boolean hasScenarioCards() {
        return CHALLENGING_POOR_PRACTICE.equals(code);
    }
}
