package uk.nhs.psirf.programmes.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import uk.nhs.psirf.platform.persistence.LastChange;
import uk.nhs.psirf.platform.security.Stamp;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * One session of a programme and its register. Saving the register replaces it as a whole and counts as a change
 * of the session, so two people marking the same register cannot overwrite each other unseen.
 */
@Entity
@Table(name = "programme_session")
public class ProgrammeSession {
    @Id
    private UUID id;

    @Version
    private long version;

    @Column(name = "programme_id", nullable = false)
    private UUID programmeId;

    @Column(name = "held_on", nullable = false)
    private LocalDate heldOn;

    @Column(name = "starts_at", nullable = false)
    private LocalTime startsAt;

    @Column(name = "ends_at", nullable = false)
    private LocalTime endsAt;

    @Column(length = 200)
    private String venue;

    @Column(nullable = false)
    private boolean online;

    @Column(nullable = false, length = 200)
    private String facilitator;

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "programme_attendance", joinColumns = @JoinColumn(name = "session_id"))
    private List<Attendance> register = new ArrayList<>();

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Embedded
    private LastChange lastChange;

    protected ProgrammeSession() {
    }

    public static ProgrammeSession plan(UUID programmeId, SessionPlan plan, Stamp by) {
        ProgrammeSession session = new ProgrammeSession();
        session.id = UUID.randomUUID();
        session.programmeId = programmeId;
        session.createdAt = by.at();
        session.change(plan, by);
        return session;
    }

    public void change(SessionPlan plan, Stamp by) {
        heldOn = plan.heldOn();
        startsAt = plan.startsAt();
        endsAt = plan.endsAt();
        venue = plan.venue();
        online = plan.online();
        facilitator = plan.facilitator();
        lastChange = LastChange.by(by.sub(), by.name(), by.at());
    }

    public void replaceRegister(List<Attendance> attendees, Stamp by) {
        register.clear();
        register.addAll(attendees);
        lastChange = LastChange.by(by.sub(), by.name(), by.at());
    }

    /** The hours a session counts for in a training record: its length in hours, to two decimals at most. */
    public BigDecimal hours() {
        long minutes = Duration.between(startsAt, endsAt).toMinutes();
        BigDecimal hours = BigDecimal.valueOf(minutes).divide(BigDecimal.valueOf(60), 2, RoundingMode.HALF_UP)
                .stripTrailingZeros();
        return hours.scale() < 0 ? hours.setScale(0) : hours;
    }

    public Optional<AttendanceStatus> statusOf(UUID personId) {
        return register.stream().filter(a -> a.personId().equals(personId)).findFirst()
                .map(Attendance::attendanceStatus);
    }

    public UUID id() {
        return id;
    }

    public long version() {
        return version;
    }

    public UUID programmeId() {
        return programmeId;
    }

    public LocalDate heldOn() {
        return heldOn;
    }

    public LocalTime startsAt() {
        return startsAt;
    }

    public LocalTime endsAt() {
        return endsAt;
    }

    public String venue() {
        return venue;
    }

    public boolean online() {
        return online;
    }

    public String facilitator() {
        return facilitator;
    }

    public List<Attendance> register() {
        return List.copyOf(register);
    }
}
