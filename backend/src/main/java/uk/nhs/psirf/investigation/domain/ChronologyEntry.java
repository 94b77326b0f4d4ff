package uk.nhs.psirf.investigation.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.time.Instant;
import java.util.UUID;

/** One timed entry of the chronology: when, what happened and where that is known from. */
@Embeddable
public class ChronologyEntry {
    @Column(name = "entry_id", nullable = false)
    private UUID entryId;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    @Column(nullable = false, length = 4000)
    private String what;

    @Column(nullable = false, length = 500)
    private String source;

    protected ChronologyEntry() {
    }

    public ChronologyEntry(UUID entryId, Instant occurredAt, String what, String source) {
        this.entryId = entryId;
        this.occurredAt = occurredAt;
        this.what = what;
        this.source = source;
    }

    public UUID entryId() {
        return entryId;
    }

    public Instant occurredAt() {
        return occurredAt;
    }

    public String what() {
        return what;
    }

    public String source() {
        return source;
    }
}
