package uk.nhs.psirf.coachrecruitment.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import uk.nhs.psirf.coachrecruitment.api.CandidateInput;
import uk.nhs.psirf.coachrecruitment.api.CandidateSummary;
import uk.nhs.psirf.coachrecruitment.api.CandidateView;
import uk.nhs.psirf.coachrecruitment.api.JobDescriptionView;
import uk.nhs.psirf.coachrecruitment.api.StepInput;
import uk.nhs.psirf.coachrecruitment.api.WithdrawalInput;
import uk.nhs.psirf.coachrecruitment.domain.Candidate;
import uk.nhs.psirf.coachrecruitment.domain.Interest;
import uk.nhs.psirf.coachrecruitment.domain.LineManagerAllocator;
import uk.nhs.psirf.coachrecruitment.domain.PathwayOrderPolicy;
import uk.nhs.psirf.coachrecruitment.domain.RecruitmentStep;
import uk.nhs.psirf.coachrecruitment.domain.SignedStep;
import uk.nhs.psirf.coachrecruitment.domain.StepDetails;
import uk.nhs.psirf.coachrecruitment.domain.StepFieldsPolicy;
import uk.nhs.psirf.coachrecruitment.persistence.CandidateRepository;
import uk.nhs.psirf.coaches.CoachBrief;
import uk.nhs.psirf.coaches.Coaches;
import uk.nhs.psirf.coaches.NewCoach;
import uk.nhs.psirf.people.Directory;
import uk.nhs.psirf.people.DirectoryPerson;
import uk.nhs.psirf.platform.audit.AuditAction;
import uk.nhs.psirf.platform.audit.AuditService;
import uk.nhs.psirf.platform.error.ApiException;
import uk.nhs.psirf.platform.error.FieldError;
import uk.nhs.psirf.platform.error.FieldErrorCode;
import uk.nhs.psirf.platform.error.ValidationFailedException;
import uk.nhs.psirf.platform.rules.Verdict;
import uk.nhs.psirf.platform.security.Stamp;
import uk.nhs.psirf.platform.security.Stamps;
import uk.nhs.psirf.platform.time.Times;
import uk.nhs.psirf.reference.ReferenceData;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Recruiting QI coaches with lived experience (000_* §4, Appendix 1): the improvement advisor keeps each candidate's
 * pathway, from the expression of interest to the directorate induction, after which the candidate is enrolled on the
 * coach register. Candidates' names and contact details are personal data: every read and change is audited.
 */
@ApplicationScoped
@Transactional
public class CandidateService {
    public static final String ENTITY_TYPE = "coach-candidate";
    static final String COACH_JOB_ROLE = "QI coach with lived experience";
    static final String LIVED_EXPERIENCE = "lived-experience";

    private final CandidateRepository candidates;
    private final CandidateViews views;
    private final ReferenceData reference;
    private final Directory people;
    private final Coaches coaches;
    private final Stamps stamps;
    private final AuditService audit;
    private final Clock clock;

    public CandidateService(CandidateRepository candidates, CandidateViews views, ReferenceData reference,
                            Directory people, Coaches coaches, Stamps stamps, AuditService audit, Clock clock) {
        this.candidates = candidates;
        this.views = views;
        this.reference = reference;
        this.people = people;
        this.coaches = coaches;
        this.stamps = stamps;
        this.audit = audit;
        this.clock = clock;
    }

    public JobDescriptionView jobDescription() {
        return views.jobDescription();
    }

    public List<CandidateSummary> list() {
        List<Candidate> all = candidates.all();
        Map<UUID, List<SignedStep>> steps = candidates.steps(all.stream().map(Candidate::id).toList());
        audit.record(AuditAction.LIST, ENTITY_TYPE, null, "candidates to be QI coaches with lived experience: "
                + all.size());
        return all.stream().map(c -> views.summary(c, steps.getOrDefault(c.id(), List.of()))).toList();
    }

    public CandidateView view(UUID candidateId) {
        Candidate candidate = find(candidateId);
        audit.record(AuditAction.READ, ENTITY_TYPE, candidateId.toString(), "candidate's pathway read");
        return views.full(candidate, candidates.steps(candidateId));
    }

    public CandidateView expressInterest(CandidateInput input) {
        Interest interest = checked(input);
        Candidate candidate = Candidate.expressInterest(interest, stamps.current());
        candidates.add(candidate);
        candidates.flush();
        audit.record(AuditAction.CREATE, ENTITY_TYPE, candidate.id().toString(), "expression of interest of "
                + interest.expressedOn() + " for directorate " + interest.directorateId());
        return views.full(candidate, List.of());
    }

    public CandidateView sign(UUID candidateId, String stepCode, StepInput input) {
        Candidate candidate = find(candidateId);
        RecruitmentStep step = RecruitmentStep.signableFromCode(stepCode)
                .orElseThrow(() -> ApiException.notFound("The recruitment step"));
        List<SignedStep> signed = candidates.steps(candidateId);
        PathwayOrderPolicy.maySign(step, signedSteps(signed), candidate.withdrawn()).orThrow();
        StepDetails details = checked(step, input);
        Stamp stamp = stamps.current();
        if (step == RecruitmentStep.BANK_APPOINTMENT) {
            details = withPerson(details, directoryPersonFor(candidate, input.personId()));
        }
        SignedStep done = candidate.sign(step, details, signedSteps(signed), stamp);
        candidates.add(done);
        String enrolled = "";
        if (step == RecruitmentStep.INDUCTION) {
            CoachBrief coach = coaches.enrol(new NewCoach(candidate.personId(), LIVED_EXPERIENCE,
                    candidate.directorateId(), details.doneOn()), stamp);
            candidate.becameCoach(coach.id(), stamp);
            enrolled = "; enrolled on the coach register as " + coach.id();
        }
        candidates.flush();
        audit.record(AuditAction.UPDATE, ENTITY_TYPE, candidateId.toString(), step.code() + " signed off, done on "
                + details.doneOn() + enrolled);
        return views.full(candidate, candidates.steps(candidateId));
    }

    public CandidateView withdraw(UUID candidateId, WithdrawalInput input) {
        Candidate candidate = find(candidateId);
        List<SignedStep> signed = candidates.steps(candidateId);
        PathwayOrderPolicy.mayWithdraw(signedSteps(signed), candidate.withdrawn()).orThrow();
        if (input.withdrawnOn().isAfter(Times.todayInUk(clock))) {
            throw new ValidationFailedException(List.of(new FieldError("withdrawnOn", FieldErrorCode.IN_THE_FUTURE,
                    "The date the candidate withdrew must be today or in the past")));
        }
        candidate.withdraw(input.withdrawnOn(), input.reason().strip(), signedSteps(signed), stamps.current());
        candidates.flush();
        audit.record(AuditAction.UPDATE, ENTITY_TYPE, candidateId.toString(), "candidate withdrew on "
                + input.withdrawnOn());
        return views.full(candidate, signed);
    }

    /** The steps signed, the expression of interest included (it created the candidate). */
    static Set<RecruitmentStep> signedSteps(List<SignedStep> signed) {
        Set<RecruitmentStep> steps = EnumSet.of(RecruitmentStep.EXPRESSION_OF_INTEREST);
        signed.forEach(s -> steps.add(s.step()));
        return steps;
    }

    private Interest checked(CandidateInput input) {
        List<FieldError> errors = new ArrayList<>();
        String email = blankToNull(input.email());
        String phone = blankToNull(input.phone());
        if (email == null && phone == null) {
            errors.add(new FieldError("email", FieldErrorCode.REQUIRED,
                    "Enter an e-mail address or a phone number for the candidate"));
        }
        if (reference.directorate(input.directorateId()).isEmpty()) {
            errors.add(new FieldError("directorateId", FieldErrorCode.UNKNOWN_CODE,
                    "Select a directorate from the list"));
        }
        if (input.expressedOn().isAfter(Times.todayInUk(clock))) {
            errors.add(new FieldError("expressedOn", FieldErrorCode.IN_THE_FUTURE,
                    "The date of the expression of interest must be today or in the past"));
        }
        if (!errors.isEmpty()) {
            throw new ValidationFailedException(errors);
        }
        return new Interest(input.name().strip(), email, phone, input.directorateId(), input.heardFrom().strip(),
                input.livedExperience().strip(), input.expressedOn());
    }

    private StepDetails checked(RecruitmentStep step, StepInput input) {
        List<FieldError> errors = new ArrayList<>();
        LineManagerAllocator allocator = null;
        if (input.lineManagerAllocatedBy() != null) {
            allocator = LineManagerAllocator.fromCode(input.lineManagerAllocatedBy()).orElse(null);
            if (allocator == null) {
                errors.add(new FieldError("lineManagerAllocatedBy", FieldErrorCode.UNKNOWN_CODE,
                        "Select the clinical director or the sponsor"));
            }
        }
        boolean induction = step == RecruitmentStep.INDUCTION;
        StepDetails details = new StepDetails(input.doneOn(),
                step == RecruitmentStep.CLINICAL_DIRECTOR_SIGN_OFF
                        || step == RecruitmentStep.PEOPLE_PARTICIPATION_SIGN_OFF ? blankToNull(input.signedBy()) : null,
                step == RecruitmentStep.PROGRAMME_PLACE ? blankToNull(input.cohort()) : null,
                step == RecruitmentStep.PROGRAMME_PLACE ? input.startsOn() : null,
                null,
                induction ? input.technologySupport() : null,
                induction ? input.identification() : null,
                induction ? input.lineManagerPersonId() : null,
                induction ? allocator : null);
        Verdict complete = StepFieldsPolicy.complete(step, details, Times.todayInUk(clock));
        errors.addAll(complete.errors());
        if (induction && input.lineManagerPersonId() != null
                && people.find(input.lineManagerPersonId()).filter(DirectoryPerson::active).isEmpty()) {
            errors.add(new FieldError("lineManagerPersonId", FieldErrorCode.UNKNOWN_PERSON,
                    "Select a person from the list"));
        }
        if (!errors.isEmpty()) {
            throw new ValidationFailedException(errors);
        }
        return details;
    }

    /**
     * The candidate's person in the directory, for the appointment (they must be in it to become a coach): the person
     * chosen, or the one with the candidate's e-mail address, or a new person added to the directory with it.
     */
    private UUID directoryPersonFor(Candidate candidate, UUID chosen) {
        if (chosen != null) {
            return people.find(chosen).filter(DirectoryPerson::active).map(DirectoryPerson::id)
                    .orElseThrow(() -> new ValidationFailedException(List.of(new FieldError("personId",
                            FieldErrorCode.UNKNOWN_PERSON, "Select a person from the list"))));
        }
        if (candidate.email() == null) {
            throw new ValidationFailedException(List.of(new FieldError("personId", FieldErrorCode.REQUIRED,
                    "Select the candidate in the people directory: they have no e-mail address to add them with")));
        }
        return people.findByEmail(candidate.email()).map(DirectoryPerson::id)
                .orElseGet(() -> people.add(candidate.name(), candidate.email(), COACH_JOB_ROLE).id());
    }

    private static StepDetails withPerson(StepDetails d, UUID personId) {
        return new StepDetails(d.doneOn(), d.signedBy(), d.cohort(), d.startsOn(), personId, d.technologySupport(),
                d.identification(), d.lineManagerPersonId(), d.lineManagerAllocatedBy());
    }

    private Candidate find(UUID candidateId) {
        return candidates.find(candidateId).orElseThrow(() -> ApiException.notFound("The candidate"));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
