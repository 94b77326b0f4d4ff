package uk.nhs.psirf.coachrecruitment.service;

import jakarta.enterprise.context.ApplicationScoped;
import uk.nhs.psirf.coachrecruitment.api.CandidateSummary;
import uk.nhs.psirf.coachrecruitment.api.CandidateView;
import uk.nhs.psirf.coachrecruitment.api.DirectorateRef;
import uk.nhs.psirf.coachrecruitment.api.JobDescriptionView;
import uk.nhs.psirf.coachrecruitment.api.PersonRef;
import uk.nhs.psirf.coachrecruitment.api.RoleTerms;
import uk.nhs.psirf.coachrecruitment.api.StepView;
import uk.nhs.psirf.coachrecruitment.api.WithdrawalView;
import uk.nhs.psirf.coachrecruitment.domain.Candidate;
import uk.nhs.psirf.coachrecruitment.domain.JobDescription;
import uk.nhs.psirf.coachrecruitment.domain.PathwayOrderPolicy;
import uk.nhs.psirf.coachrecruitment.domain.RecruitmentStep;
import uk.nhs.psirf.coachrecruitment.domain.SignedStep;
import uk.nhs.psirf.coachrecruitment.domain.StepDetails;
import uk.nhs.psirf.people.Directory;
import uk.nhs.psirf.reference.ReferenceData;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Stream;

/** Candidates as the API shows them: the pathway's steps in order, with what waits next and on whom. */
@ApplicationScoped
public class CandidateViews {
    static final RoleTerms TERMS = new RoleTerms(JobDescription.BAND, JobDescription.CONTRACT,
            JobDescription.HOURS_PER_WEEK);

    private final ReferenceData reference;
    private final Directory people;

    public CandidateViews(ReferenceData reference, Directory people) {
        this.reference = reference;
        this.people = people;
    }

    public CandidateSummary summary(Candidate candidate, List<SignedStep> signed) {
        Pathway pathway = pathway(candidate, signed);
        LocalDate lastStepOn = signed.stream().map(s -> s.details().doneOn()).max(Comparator.naturalOrder())
                .orElse(candidate.expressedOn());
        return new CandidateSummary(candidate.id(), candidate.name(), pathway.directorate, pathway.status,
                code(pathway.next), title(pathway.next), pathway.waitingOn, candidate.expressedOn(), lastStepOn);
    }

    public CandidateView full(Candidate candidate, List<SignedStep> signed) {
        Pathway pathway = pathway(candidate, signed);
        Map<UUID, String> names = people.names(signed.stream().flatMap(s -> Stream.of(s.details().personId(),
                s.details().lineManagerPersonId())).filter(Objects::nonNull).toList());
        Map<RecruitmentStep, SignedStep> byStep = new EnumMap<>(RecruitmentStep.class);
        signed.forEach(s -> byStep.put(s.step(), s));
        List<StepView> steps = new ArrayList<>();
        steps.add(new StepView(RecruitmentStep.EXPRESSION_OF_INTEREST.code(),
                RecruitmentStep.EXPRESSION_OF_INTEREST.title(),
                RecruitmentStep.EXPRESSION_OF_INTEREST.partyIn(pathway.directorate.name()), "done",
                candidate.expressedOn(), candidate.createdByName(), candidate.createdAt(), null, null, null, null,
                null, null, null, null));
        for (RecruitmentStep step : RecruitmentStep.signable()) {
            String party = step.partyIn(pathway.directorate.name());
            SignedStep done = byStep.get(step);
            if (done == null) {
                String status = candidate.withdrawn() ? "stopped" : step == pathway.next ? "waiting" : "not-yet";
                steps.add(new StepView(step.code(), step.title(), party, status, null, null, null, null, null, null,
                        null, null, null, null, null));
                continue;
            }
            StepDetails d = done.details();
            steps.add(new StepView(step.code(), step.title(), party, "done", d.doneOn(), done.recordedByName(),
                    done.recordedAt(), d.signedBy(), d.cohort(), d.startsOn(), person(d.personId(), names),
                    d.technologySupport(), d.identification(), person(d.lineManagerPersonId(), names),
                    d.lineManagerAllocatedBy() == null ? null : d.lineManagerAllocatedBy().code()));
        }
        WithdrawalView withdrawal = candidate.withdrawn() ? new WithdrawalView(candidate.withdrawnOn(),
                candidate.withdrawalReason(), candidate.withdrawnByName(), candidate.withdrawnAt()) : null;
        return new CandidateView(candidate.id(), candidate.version(), candidate.name(), candidate.email(),
                candidate.phone(), pathway.directorate, candidate.heardFrom(), candidate.livedExperience(),
                candidate.expressedOn(), pathway.status, code(pathway.next), title(pathway.next), pathway.waitingOn,
                steps, withdrawal, candidate.personId(), candidate.coachId(), TERMS);
    }

    public JobDescriptionView jobDescription() {
        return new JobDescriptionView(JobDescription.TITLE, JobDescription.BAND, JobDescription.DIRECTORATE,
                JobDescription.REPORTING_TO, JobDescription.ACCOUNTABLE_TO, JobDescription.HOURS,
                JobDescription.CONTRACT, JobDescription.KEY_RELATIONSHIPS, JobDescription.SUMMARY,
                JobDescription.KEY_RESPONSIBILITIES, JobDescription.ESSENTIAL_CRITERIA, JobDescription.AGREEMENT,
                TERMS);
    }

    /** The directorate, the status and, while the candidate is on the pathway, the next step and its party. */
    private Pathway pathway(Candidate candidate, List<SignedStep> signed) {
        DirectorateRef directorate = reference.directorate(candidate.directorateId())
                .map(d -> new DirectorateRef(d.id(), d.name()))
                .orElse(new DirectorateRef(candidate.directorateId(), "directorate " + candidate.directorateId()));
        RecruitmentStep next = PathwayOrderPolicy.firstWaiting(CandidateService.signedSteps(signed));
        if (candidate.withdrawn()) {
            return new Pathway(directorate, "withdrawn", null, null);
        }
        if (next == null) {
            return new Pathway(directorate, "inducted", null, null);
        }
        return new Pathway(directorate, "in-progress", next, next.partyIn(directorate.name()));
    }

    private static PersonRef person(UUID id, Map<UUID, String> names) {
        return id == null ? null : new PersonRef(id, names.getOrDefault(id, "Unknown person"));
    }

    private static String code(RecruitmentStep step) {
        return step == null ? null : step.code();
    }

    private static String title(RecruitmentStep step) {
        return step == null ? null : step.title();
    }

    private record Pathway(DirectorateRef directorate, String status, RecruitmentStep next, String waitingOn) {
    }
}
