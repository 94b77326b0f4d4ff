package uk.nhs.psirf.responses.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import uk.nhs.psirf.people.domain.Person;
import uk.nhs.psirf.people.domain.TrainingRequirement;
import uk.nhs.psirf.people.domain.TrainingRole;
import uk.nhs.psirf.people.service.TrainingChecks;
import uk.nhs.psirf.platform.audit.AuditAction;
import uk.nhs.psirf.platform.audit.AuditService;
import uk.nhs.psirf.platform.error.ApiException;
import uk.nhs.psirf.platform.error.FieldError;
import uk.nhs.psirf.platform.error.FieldErrorCode;
import uk.nhs.psirf.platform.error.ValidationFailedException;
import uk.nhs.psirf.platform.security.Stamp;
import uk.nhs.psirf.platform.security.Stamps;
import uk.nhs.psirf.responses.api.Candidate;
import uk.nhs.psirf.responses.api.CandidateList;
import uk.nhs.psirf.responses.api.LearningResponseView;
import uk.nhs.psirf.responses.api.TeamInput;
import uk.nhs.psirf.responses.api.TeamMemberInput;
import uk.nhs.psirf.responses.domain.LearningResponse;
import uk.nhs.psirf.responses.domain.OpenResponsePolicy;
import uk.nhs.psirf.responses.domain.TeamMember;
import uk.nhs.psirf.responses.persistence.LearningResponseRepository;
import uk.nhs.psirf.responses.persistence.ResponseCandidates;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * A patient safety specialist assigns the lead (trained to policy §4 level 2), the engagement lead and the team.
 * Every field is checked before anything changes, so one refusal leaves the team as it was.
 */
@ApplicationScoped
public class ResponseTeamService {
    private final LearningResponseRepository responses;
    private final ResponseCandidates candidates;
    private final TrainingChecks trainingChecks;
    private final LearningResponseViews views;
    private final Stamps stamps;
    private final AuditService audit;

    public ResponseTeamService(LearningResponseRepository responses, ResponseCandidates candidates,
                               TrainingChecks trainingChecks, LearningResponseViews views, Stamps stamps,
                               AuditService audit) {
        this.responses = responses;
        this.candidates = candidates;
        this.trainingChecks = trainingChecks;
        this.views = views;
        this.stamps = stamps;
        this.audit = audit;
    }

    @Transactional
    public LearningResponseView assign(UUID id, TeamInput input) {
        LearningResponse response = find(id);
        if (response.version() != input.version()) {
            throw ApiException.staleVersion();
        }
        OpenResponsePolicy.mayChange(response).orThrow();
        List<FieldError> errors = new ArrayList<>();
        Optional<Person> lead = checked(input.leadPersonId(), TrainingRole.LEAD, "leadPersonId", errors);
        Optional<Person> engagementLead = checked(input.engagementLeadPersonId(), TrainingRole.ENGAGEMENT_LEAD,
                "engagementLeadPersonId", errors);
        Stamp now = stamps.current();
        List<TeamMember> members = new ArrayList<>();
        Set<UUID> seen = new HashSet<>();
        List<TeamMemberInput> given = input.membersOrEmpty();
        for (int i = 0; i < given.size(); i++) {
            String field = "members[" + i + "].personId";
            UUID personId = given.get(i).personId();
            if (!seen.add(personId)) {
                errors.add(new FieldError(field, FieldErrorCode.DUPLICATE_MEMBER,
                        "This person is already in the team"));
            } else if (candidates.activePerson(personId).isEmpty()) {
                errors.add(new FieldError(field, FieldErrorCode.UNKNOWN_PERSON, "Select a person from the list"));
            }
            String role = given.get(i).teamRole();
            members.add(new TeamMember(personId, role == null || role.isBlank() ? null : role.strip(), now.at()));
        }
        if (!errors.isEmpty()) {
            throw new ValidationFailedException(errors);
        }
        response.assignTeam(lead.map(Person::id).orElse(null), engagementLead.map(Person::id).orElse(null), members, now);
        responses.flush();
        audit.record(AuditAction.UPDATE, LearningResponseService.ENTITY_TYPE, id.toString(), "team of "
                + response.reference() + ": lead=" + lead.map(Person::id).orElse(null) + " engagementLead="
                + engagementLead.map(Person::id).orElse(null) + " members=" + members.size());
        return views.detail(response);
    }

    /** Everyone active, with what they lack for the part (the team asks for no training). */
    @Transactional
    public CandidateList candidates(UUID id, Optional<TrainingRole> role) {
        LearningResponse response = find(id);
        List<Candidate> items = candidates.active().stream().map(p -> {
            List<String> gaps = role.map(r -> r.gaps(trainingChecks.trainingOf(p.id())).stream()
                    .map(TrainingRequirement::message).toList()).orElse(List.of());
            return new Candidate(p.id(), p.name(), p.jobRole(), gaps.isEmpty(), gaps);
        }).toList();
        audit.record(AuditAction.LIST, LearningResponseService.ENTITY_TYPE, id.toString(), "candidates for "
                + response.reference() + " as " + role.map(TrainingRole::name).orElse("team member"));
        return new CandidateList(items);
    }

    /** Collects every field's refusals rather than stopping at the first, so the form shows them all at once. */
    private Optional<Person> checked(UUID personId, TrainingRole role, String field, List<FieldError> errors) {
        if (personId == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(trainingChecks.requireQualified(personId, role, field));
        } catch (ValidationFailedException e) {
            errors.addAll(e.problem().errors());
            return Optional.empty();
        }
    }

    private LearningResponse find(UUID id) {
        return responses.find(id).orElseThrow(() -> ApiException.notFound("The learning response"));
    }
}
