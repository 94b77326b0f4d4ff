package uk.nhs.psirf.responses.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.CascadeType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import uk.nhs.psirf.kernel.ResponseType;
import uk.nhs.psirf.platform.persistence.LastChange;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** A learning response created by an approved panel decision (policy §12.3-§13). */
@Entity
@Table(name = "learning_response")
public class LearningResponse {
    /** The responses that are learning responses; no further learning response and referral create none. */
    public static final Set<ResponseType> TYPES = Set.of(ResponseType.PSII, ResponseType.MULTI_INCIDENT_REVIEW,
            ResponseType.SWARM_HUDDLE, ResponseType.AFTER_ACTION_REVIEW);

    @Id
    private UUID id;

    @Column(nullable = false, unique = true, length = 20)
    private String reference;

    @Version
    private long version;

    @Column(name = "response_type", nullable = false, length = 40)
    private String type;

    @Column(nullable = false, length = 30)
    private String status;

    @Column(name = "decision_id", nullable = false, unique = true)
    private UUID decisionId;

    @Column(name = "case_id")
    private UUID caseId;

    @ElementCollection
    @CollectionTable(name = "learning_response_event", joinColumns = @JoinColumn(name = "response_id"))
    @OrderColumn(name = "position")
    @Column(name = "event_id", nullable = false)
    private List<UUID> eventIds = new ArrayList<>();

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "started_at")
    private Instant startedAt;

    @Column(name = "verified_by_sub", length = 100)
    private String verifiedBySub;

    @Column(name = "verified_by_name", length = 200)
    private String verifiedByName;

    @Column(name = "verified_at")
    private Instant verifiedAt;

    @Column(name = "verification_comment", length = 2000)
    private String verificationComment;

    @Column(name = "lfpse_reference", length = 50)
    private String lfpseReference;

    @Column(name = "icb_notified_on")
    private LocalDate icbNotifiedOn;

    @Column(name = "commissioner_notified_on")
    private LocalDate commissionerNotifiedOn;

    @Column(name = "nhs_england_notified_on")
    private LocalDate nhsEnglandNotifiedOn;

    @Column(name = "cqc_notified_on")
    private LocalDate cqcNotifiedOn;

    @ElementCollection
    @CollectionTable(name = "learning_response_organisation", joinColumns = @JoinColumn(name = "response_id"))
    @OrderColumn(name = "position")
    private List<OrganisationNotified> otherOrganisations = new ArrayList<>();

    @Column(name = "lead_organisation", length = 200)
    private String leadOrganisation;

    @Column(name = "initial_report_due_on", nullable = false)
    private LocalDate initialReportDueOn;

    @Column(name = "initial_report_sent_on")
    private LocalDate initialReportSentOn;

    @Column(name = "lead_person_id")
    private UUID leadPersonId;

    @Column(name = "engagement_lead_person_id")
    private UUID engagementLeadPersonId;

    @ElementCollection
    @CollectionTable(name = "learning_response_team_member", joinColumns = @JoinColumn(name = "response_id"))
    private List<TeamMember> teamMembers = new ArrayList<>();

    /** In active days: the target shown adds the days spent paused ({@link Timeframe}). Null: the type's default. */
    @Column(name = "target_completion_on")
    private LocalDate activeTargetOn;

    @Column(name = "paused_since")
    private LocalDate pausedSince;

    @ElementCollection
    @CollectionTable(name = "learning_response_pause", joinColumns = @JoinColumn(name = "response_id"))
    @OrderColumn(name = "position")
    private List<Pause> pauses = new ArrayList<>();

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "response_id", nullable = false)
    @OrderBy("recordedAt")
    private List<TimeframeExtension> extensions = new ArrayList<>();

    @Column(name = "closed_at")
    private Instant closedAt;

    @Embedded
    private LastChange lastChange;

    protected LearningResponse() {
    }

    /** A PSII waits for verification ({@link PsiiVerificationPolicy}); the others start now. */
    public static LearningResponse create(String reference, ResponseType type, UUID decisionId, UUID caseId,
                                          List<UUID> eventIds, LocalDate initialReportDueOn, String bySub,
                                          String byName, Instant at) {
        if (!TYPES.contains(type)) {
            throw new IllegalArgumentException(type.code() + " is not a learning response");
        }
        LearningResponse response = new LearningResponse();
        response.id = UUID.randomUUID();
        response.reference = reference;
        response.type = type.code();
        response.decisionId = decisionId;
        response.caseId = caseId;
        response.eventIds.addAll(eventIds);
        response.createdAt = at;
        response.initialReportDueOn = initialReportDueOn;
        if (PsiiVerificationPolicy.startsOnCreation(type)) {
            response.start(at);
        } else {
            response.status = LearningResponseStatus.AWAITING_VERIFICATION.code();
        }
        response.touch(bySub, byName, at);
        return response;
    }

    /** The Chief Nurse verifies a PSII, which then starts. */
    public void verify(String bySub, String byName, String comment, Instant at) {
        if (!PsiiVerificationPolicy.mayBeVerified(this)) {
            throw new IllegalStateException(reference + " cannot be verified");
        }
        verifiedBySub = bySub;
        verifiedByName = byName;
        verifiedAt = at;
        verificationComment = comment;
        start(at);
        touch(bySub, byName, at);
    }

    public void recordNotifications(ExternalNotifications notifications, String bySub, String byName, Instant at) {
        lfpseReference = notifications.lfpseReference();
        icbNotifiedOn = notifications.icbNotifiedOn();
        commissionerNotifiedOn = notifications.commissionerNotifiedOn();
        nhsEnglandNotifiedOn = notifications.nhsEnglandNotifiedOn();
        cqcNotifiedOn = notifications.cqcNotifiedOn();
        otherOrganisations.clear();
        otherOrganisations.addAll(notifications.otherOrganisations());
        leadOrganisation = notifications.leadOrganisation();
        initialReportSentOn = notifications.initialReportSentOn();
        touch(bySub, byName, at);
    }

    public void assignTeam(UUID leadId, UUID engagementLeadId, List<TeamMember> members, String bySub,
                           String byName, Instant at) {
        leadPersonId = leadId;
        engagementLeadPersonId = engagementLeadId;
        teamMembers.clear();
        teamMembers.addAll(members);
        touch(bySub, byName, at);
    }

    /** The timeframe on {@code today}; empty until the response has started. */
    public Optional<Timeframe> timeframe(ZoneId zone, LocalDate today) {
        if (startedAt == null) {
            return Optional.empty();
        }
        LocalDate startedOn = startedAt.atZone(zone).toLocalDate();
        LocalDate defaultTarget = TimeframePolicy.defaultTarget(type(), startedOn);
        return Optional.of(Timeframe.of(startedOn, defaultTarget,
                activeTargetOn == null ? defaultTarget : activeTargetOn, pauses, today, isClosed()));
    }

    public void setActiveTarget(LocalDate activeTarget, String bySub, String byName, Instant at) {
        activeTargetOn = activeTarget;
        touch(bySub, byName, at);
    }

    public void extend(Timeframe current, LocalDate newTargetOn, String reason, List<Agreement> agreedBy,
                       String bySub, String byName, Instant at) {
        extensions.add(new TimeframeExtension(current.targetOn(), newTargetOn, reason, agreedBy, bySub, byName, at));
        activeTargetOn = current.activeDate(newTargetOn);
        touch(bySub, byName, at);
    }

    public Optional<Pause> openPause() {
        return pauses.stream().filter(Pause::open).findFirst();
    }

    public void pause(LocalDate on, String reason, String bySub, String byName, Instant at) {
        if (openPause().isPresent()) {
            throw new IllegalStateException(reference + " is already paused");
        }
        pauses.add(new Pause(on, reason, null));
        pausedSince = on;
        touch(bySub, byName, at);
    }

    public void resume(LocalDate on, String bySub, String byName, Instant at) {
        Pause open = openPause().orElseThrow(() -> new IllegalStateException(reference + " is not paused"));
        pauses.set(pauses.indexOf(open), open.resumed(on));
        pausedSince = null;
        touch(bySub, byName, at);
    }

    /** Closes the response; the caller has checked the closure policy. A closed response changes no more. */
    public void close(String bySub, String byName, Instant at) {
        if (isClosed()) {
            throw new IllegalStateException(reference + " is already closed");
        }
        status = LearningResponseStatus.CLOSED.code();
        closedAt = at;
        touch(bySub, byName, at);
    }

    public boolean isClosed() {
        return LearningResponseStatus.CLOSED.code().equals(status);
    }

    public Instant closedAt() {
        return closedAt;
    }

    private void start(Instant at) {
        status = LearningResponseStatus.IN_PROGRESS.code();
        startedAt = at;
    }

    private void touch(String bySub, String byName, Instant at) {
        lastChange = LastChange.by(bySub, byName, at);
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

    public ResponseType type() {
        return ResponseType.fromCode(type).orElseThrow();
    }

    /** Paused is not stored as a status of its own: it is an in-progress response with an open pause. */
    public LearningResponseStatus status() {
        LearningResponseStatus stored = LearningResponseStatus.fromCode(status).orElseThrow();
        return stored == LearningResponseStatus.IN_PROGRESS && pausedSince != null
                ? LearningResponseStatus.PAUSED : stored;
    }

    public Optional<UUID> leadPersonId() {
        return Optional.ofNullable(leadPersonId);
    }

    public Optional<UUID> engagementLeadPersonId() {
        return Optional.ofNullable(engagementLeadPersonId);
    }

    public List<TeamMember> teamMembers() {
        return List.copyOf(teamMembers);
    }

    public List<Pause> pauses() {
        return List.copyOf(pauses);
    }

    public List<TimeframeExtension> extensions() {
        return List.copyOf(extensions);
    }

    public UUID decisionId() {
        return decisionId;
    }

    public Optional<UUID> caseId() {
        return Optional.ofNullable(caseId);
    }

    public List<UUID> eventIds() {
        return List.copyOf(eventIds);
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant startedAt() {
        return startedAt;
    }

    public String verifiedByName() {
        return verifiedByName;
    }

    public Instant verifiedAt() {
        return verifiedAt;
    }

    public String verificationComment() {
        return verificationComment;
    }

    public ExternalNotifications notifications() {
        return new ExternalNotifications(lfpseReference, icbNotifiedOn, commissionerNotifiedOn, nhsEnglandNotifiedOn,
                cqcNotifiedOn, List.copyOf(otherOrganisations), leadOrganisation, initialReportSentOn);
    }

    public LocalDate initialReportDueOn() {
        return initialReportDueOn;
    }

    public InitialReportStatus initialReportStatus(LocalDate today) {
        return InitialReportPolicy.status(type(), initialReportDueOn, initialReportSentOn, today, isClosed());
    }
}
