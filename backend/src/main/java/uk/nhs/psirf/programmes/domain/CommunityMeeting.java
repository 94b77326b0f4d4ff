package uk.nhs.psirf.programmes.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import uk.nhs.psirf.platform.security.Stamp;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A meeting or reflective practice session of a community of practice; a log, never edited. */
@Entity
@Table(name = "cop_meeting")
public class CommunityMeeting {
    @Id
    private UUID id;

    @Column(name = "community_id", nullable = false)
    private UUID communityId;

    @Column(nullable = false, length = 30)
    private String kind;

    @Column(name = "held_on", nullable = false)
    private LocalDate heldOn;

    @Column(length = 200)
    private String theme;

    @Column(length = 200)
    private String facilitator;

    @Column(length = 4000)
    private String notes;

    @Column(name = "recorded_by_sub", nullable = false, length = 100)
    private String recordedBySub;

    @Column(name = "recorded_by_name", length = 200)
    private String recordedByName;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    protected CommunityMeeting() {
    }

    public static CommunityMeeting record(UUID communityId, MeetingKind kind, LocalDate heldOn, String theme,
                                          String facilitator, String notes, Stamp by) {
        CommunityMeeting meeting = new CommunityMeeting();
        meeting.id = UUID.randomUUID();
        meeting.communityId = communityId;
        meeting.kind = kind.code();
        meeting.heldOn = heldOn;
        meeting.theme = theme;
        meeting.facilitator = facilitator;
        meeting.notes = notes;
        meeting.recordedBySub = by.sub();
        meeting.recordedByName = by.name();
        meeting.recordedAt = by.at();
        return meeting;
    }

    public UUID id() {
        return id;
    }

    public UUID communityId() {
        return communityId;
    }

    public MeetingKind kind() {
        return MeetingKind.fromCode(kind).orElseThrow();
    }

    public LocalDate heldOn() {
        return heldOn;
    }

    public String theme() {
        return theme;
    }

    public String facilitator() {
        return facilitator;
    }

    public String notes() {
        return notes;
    }

    public String recordedByName() {
        return recordedByName;
    }

    public Instant recordedAt() {
        return recordedAt;
    }
}
