package uk.nhs.psirf.programmes.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import uk.nhs.psirf.platform.security.Stamp;

import java.time.Instant;
import java.util.UUID;

/** A note a member adds to a meeting after it; notes are a log, never edited. */
@Entity
@Table(name = "cop_meeting_note")
public class MeetingNote {
    @Id
    private UUID id;

    @Column(name = "meeting_id", nullable = false)
    private UUID meetingId;

    @Column(nullable = false, length = 4000)
    private String text;

    @Column(name = "added_by_sub", nullable = false, length = 100)
    private String addedBySub;

    @Column(name = "added_by_name", length = 200)
    private String addedByName;

    @Column(name = "added_at", nullable = false)
    private Instant addedAt;

    protected MeetingNote() {
    }

    public static MeetingNote add(UUID meetingId, String text, Stamp by) {
        MeetingNote note = new MeetingNote();
        note.id = UUID.randomUUID();
        note.meetingId = meetingId;
        note.text = text;
        note.addedBySub = by.sub();
        note.addedByName = by.name();
        note.addedAt = by.at();
        return note;
    }

    public UUID id() {
        return id;
    }

    public UUID meetingId() {
        return meetingId;
    }

    public String text() {
        return text;
    }

    public String addedByName() {
        return addedByName;
    }

    public Instant addedAt() {
        return addedAt;
    }
}
