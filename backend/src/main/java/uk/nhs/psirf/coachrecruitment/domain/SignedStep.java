package uk.nhs.psirf.coachrecruitment.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import uk.nhs.psirf.platform.security.Stamp;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** One step of a candidate's pathway, signed off once: its own fields and who recorded it, when. */
@Entity
@Table(name = "coach_recruitment_step")
public class SignedStep {
    @Id
    private UUID id;

    @Column(name = "candidate_id", nullable = false)
    private UUID candidateId;

    @Column(nullable = false, length = 40)
    private String step;

    @Column(name = "done_on", nullable = false)
    private LocalDate doneOn;

    @Column(name = "signed_by", length = 200)
    private String signedBy;

    @Column(length = 200)
    private String cohort;

    @Column(name = "starts_on")
    private LocalDate startsOn;

    @Column(name = "person_id")
    private UUID personId;

    @Column(name = "technology_support")
    private Boolean technologySupport;

    private Boolean identification;

    @Column(name = "line_manager_person_id")
    private UUID lineManagerPersonId;

    @Column(name = "line_manager_allocated_by", length = 30)
    private String lineManagerAllocatedBy;

    @Column(name = "recorded_by_sub", nullable = false, length = 100)
    private String recordedBySub;

    @Column(name = "recorded_by_name", length = 200)
    private String recordedByName;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    protected SignedStep() {
    }

    static SignedStep sign(UUID candidateId, RecruitmentStep step, StepDetails details, Stamp by) {
        SignedStep signed = new SignedStep();
        signed.id = UUID.randomUUID();
        signed.candidateId = candidateId;
        signed.step = step.code();
        signed.doneOn = details.doneOn();
        signed.signedBy = details.signedBy();
        signed.cohort = details.cohort();
        signed.startsOn = details.startsOn();
        signed.personId = details.personId();
        signed.technologySupport = details.technologySupport();
        signed.identification = details.identification();
        signed.lineManagerPersonId = details.lineManagerPersonId();
        signed.lineManagerAllocatedBy = details.lineManagerAllocatedBy() == null ? null
                : details.lineManagerAllocatedBy().code();
        signed.recordedBySub = by.sub();
        signed.recordedByName = by.name();
        signed.recordedAt = by.at();
        return signed;
    }

    public UUID id() {
        return id;
    }

    public UUID candidateId() {
        return candidateId;
    }

    public RecruitmentStep step() {
        return RecruitmentStep.signableFromCode(step).orElseThrow();
    }

    public StepDetails details() {
        return new StepDetails(doneOn, signedBy, cohort, startsOn, personId, technologySupport, identification,
                lineManagerPersonId, lineManagerAllocatedBy == null ? null
                        : LineManagerAllocator.fromCode(lineManagerAllocatedBy).orElseThrow());
    }

    public String recordedByName() {
        return recordedByName;
    }

    public Instant recordedAt() {
        return recordedAt;
    }
}
