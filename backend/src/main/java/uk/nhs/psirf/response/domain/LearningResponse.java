package uk.nhs.psirf.response.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import uk.nhs.psirf.plan.domain.ResponseType;

import java.time.Instant;
import java.time.LocalDate;
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

    @Column(name = "closed_at")
    private Instant closedAt;

    @Column(name = "updated_by_sub", nullable = false, length = 100)
    private String updatedBySub;

    @Column(name = "updated_by_name", length = 200)
    private String updatedByName;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

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
        updatedBySub = bySub;
        updatedByName = byName;
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

    public ResponseType type() {
        return ResponseType.fromCode(type).orElseThrow();
    }

    public LearningResponseStatus status() {
        return LearningResponseStatus.fromCode(status).orElseThrow();
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
        return InitialReportPolicy.status(type(), initialReportDueOn, initialReportSentOn, today);
    }
}
