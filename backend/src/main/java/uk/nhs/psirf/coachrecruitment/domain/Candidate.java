package uk.nhs.psirf.coachrecruitment.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import uk.nhs.psirf.platform.persistence.LastChange;
import uk.nhs.psirf.platform.security.Stamp;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

/**
 * A prospective QI coach with lived experience, from their expression of interest (000_* §4 a). Their name and
 * contact details are personal data. The steps they pass are {@link SignedStep}s, signed in the order of
 * {@link PathwayOrderPolicy}; a withdrawal ends the pathway.
 */
@Entity
@Table(name = "coach_candidate")
public class Candidate {
    @Id
    private UUID id;

    @Version
    private long version;

    @Column(nullable = false, length = 200)
    private String name;

    @Column(length = 254)
    private String email;

    @Column(length = 40)
    private String phone;

    @Column(name = "directorate_id", nullable = false)
    private Long directorateId;

    @Column(name = "heard_from", nullable = false, length = 500)
    private String heardFrom;

    @Column(name = "lived_experience", nullable = false, length = 2000)
    private String livedExperience;

    @Column(name = "expressed_on", nullable = false)
    private LocalDate expressedOn;

    @Column(name = "person_id")
    private UUID personId;

    @Column(name = "coach_id")
    private UUID coachId;

    @Column(name = "withdrawn_on")
    private LocalDate withdrawnOn;

    @Column(name = "withdrawal_reason", length = 1000)
    private String withdrawalReason;

    @Column(name = "withdrawn_by_sub", length = 100)
    private String withdrawnBySub;

    @Column(name = "withdrawn_by_name", length = 200)
    private String withdrawnByName;

    @Column(name = "withdrawn_at")
    private Instant withdrawnAt;

    @Column(name = "created_by_sub", nullable = false, length = 100)
    private String createdBySub;

    @Column(name = "created_by_name", length = 200)
    private String createdByName;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Embedded
    private LastChange lastChange;

    protected Candidate() {
    }

    /** The expression of interest: the first step of the pathway, recorded by whoever creates the candidate. */
    public static Candidate expressInterest(Interest interest, Stamp by) {
        Candidate candidate = new Candidate();
        candidate.id = UUID.randomUUID();
        candidate.name = interest.name();
        candidate.email = interest.email();
        candidate.phone = interest.phone();
        candidate.directorateId = interest.directorateId();
        candidate.heardFrom = interest.heardFrom();
        candidate.livedExperience = interest.livedExperience();
        candidate.expressedOn = interest.expressedOn();
        candidate.createdBySub = by.sub();
        candidate.createdByName = by.name();
        candidate.createdAt = by.at();
        candidate.lastChange = by.lastChange();
        return candidate;
    }

    /** Signs the step off, in order ({@link PathwayOrderPolicy}, thrown as 409 when refused). */
    public SignedStep sign(RecruitmentStep step, StepDetails details, Set<RecruitmentStep> signed, Stamp by) {
        PathwayOrderPolicy.maySign(step, signed, withdrawn()).orThrow();
        if (step == RecruitmentStep.BANK_APPOINTMENT) {
            personId = details.personId();
        }
        lastChange = by.lastChange();
        return SignedStep.sign(id, step, details, by);
    }

    /** Once inducted, the candidate is a coach on the register. */
    public void becameCoach(UUID coachId, Stamp by) {
        this.coachId = coachId;
        lastChange = by.lastChange();
    }

    public void withdraw(LocalDate on, String reason, Set<RecruitmentStep> signed, Stamp by) {
        PathwayOrderPolicy.mayWithdraw(signed, withdrawn()).orThrow();
        withdrawnOn = on;
        withdrawalReason = reason;
        withdrawnBySub = by.sub();
        withdrawnByName = by.name();
        withdrawnAt = by.at();
        lastChange = by.lastChange();
    }

    public boolean withdrawn() {
        return withdrawnOn != null;
    }

    public UUID id() {
        return id;
    }

    public long version() {
        return version;
    }

    public String name() {
        return name;
    }

    public String email() {
        return email;
    }

    public String phone() {
        return phone;
    }

    public Long directorateId() {
        return directorateId;
    }

    public String heardFrom() {
        return heardFrom;
    }

    public String livedExperience() {
        return livedExperience;
    }

    public LocalDate expressedOn() {
        return expressedOn;
    }

    public UUID personId() {
        return personId;
    }

    public UUID coachId() {
        return coachId;
    }

    public LocalDate withdrawnOn() {
        return withdrawnOn;
    }

    public String withdrawalReason() {
        return withdrawalReason;
    }

    public String withdrawnByName() {
        return withdrawnByName;
    }

    public Instant withdrawnAt() {
        return withdrawnAt;
    }

    /** Who recorded the expression of interest. */
    public String createdByName() {
        return createdByName;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
