package uk.nhs.psirf.beingfair.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import uk.nhs.psirf.beingfair.api.BeingFairAnswerInput;
import uk.nhs.psirf.beingfair.api.BeingFairList;
import uk.nhs.psirf.beingfair.api.BeingFairOpenInput;
import uk.nhs.psirf.beingfair.api.BeingFairSummary;
import uk.nhs.psirf.beingfair.api.BeingFairView;
import uk.nhs.psirf.beingfair.api.ConsiderationsInput;
import uk.nhs.psirf.beingfair.api.JointUserInput;
import uk.nhs.psirf.beingfair.api.VersionInput;
import uk.nhs.psirf.beingfair.domain.Answer;
import uk.nhs.psirf.beingfair.domain.BeingFair;
import uk.nhs.psirf.beingfair.domain.BeingFairAnswerPolicy;
import uk.nhs.psirf.beingfair.domain.BeingFairPath;
import uk.nhs.psirf.beingfair.domain.BeingFairRound;
import uk.nhs.psirf.beingfair.domain.BeingFairVisibilityPolicy;
import uk.nhs.psirf.beingfair.domain.JointUsePolicy;
import uk.nhs.psirf.beingfair.domain.Question;
import uk.nhs.psirf.beingfair.persistence.BeingFairRepository;
import uk.nhs.psirf.people.Directory;
import uk.nhs.psirf.people.DirectoryPerson;
import uk.nhs.psirf.people.service.CallerPerson;
import uk.nhs.psirf.platform.audit.AuditAction;
import uk.nhs.psirf.platform.audit.AuditService;
import uk.nhs.psirf.platform.audit.ClientAddress;
import uk.nhs.psirf.platform.error.AccessDeniedException;
import uk.nhs.psirf.platform.error.ApiException;
import uk.nhs.psirf.platform.error.FieldError;
import uk.nhs.psirf.platform.error.FieldErrorCode;
import uk.nhs.psirf.platform.error.Problem;
import uk.nhs.psirf.platform.error.ProblemCode;
import uk.nhs.psirf.platform.error.ValidationFailedException;
import uk.nhs.psirf.platform.rules.Verdict;
import uk.nhs.psirf.platform.security.CurrentUser;
import uk.nhs.psirf.platform.security.Roles;
import uk.nhs.psirf.platform.security.Stamp;
import uk.nhs.psirf.platform.security.Stamps;
import uk.nhs.psirf.responses.ResponseBrief;
import uk.nhs.psirf.responses.Responses;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * The Being Fair tool (policy §14, the NHS England tool): opened by a patient safety specialist or a workforce
 * partner naming the other, joined by that person with their own sign-in, then answered one question at a time along
 * {@link BeingFairPath}. Seen only by the two and the Chief Nurse ({@link BeingFairVisibilityPolicy}); anyone else
 * gets 403, audited. Every read and every change is audited, without the staff member's name.
 */
@ApplicationScoped
@Transactional
public class BeingFairService {
    public static final String ENTITY_TYPE = "being-fair";
    private static final Set<String> USER_ROLES = Set.of(Roles.PATIENT_SAFETY_SPECIALIST, Roles.WORKFORCE_PARTNER);

    private final BeingFairRepository records;
    private final Responses responses;
    private final Directory directory;
    private final CurrentUser currentUser;
    private final CallerPerson callerPerson;
    private final AuditService audit;
    private final ClientAddress clientAddress;
    private final Stamps stamps;

    public BeingFairService(BeingFairRepository records, Responses responses,
                            Directory directory, CurrentUser currentUser, CallerPerson callerPerson,
                            AuditService audit, ClientAddress clientAddress, Stamps stamps) {
        this.records = records;
        this.responses = responses;
        this.directory = directory;
        this.currentUser = currentUser;
        this.callerPerson = callerPerson;
        this.audit = audit;
        this.clientAddress = clientAddress;
        this.stamps = stamps;
    }

    /**
     * The names on the response's Being Fair records: the member of staff concerned and the two users.
     * For redaction before anything about it reaches a patient safety partner: read in the caller's transaction and
     * never served, so not audited here (the caller audits what it serves).
     */
    public List<String> namesHeld(UUID responseId) {
        return records.forResponse(responseId).stream()
                .flatMap(r -> Stream.of(r.staffName(), r.openerName(), r.jointName()))
                .filter(Objects::nonNull).toList();
    }

    /** The caller's records (the Chief Nurse: every record), newest first; the read is audited. */
    public BeingFairList mine() {
        Optional<UUID> caller = callerPerson.id();
        Set<String> roles = currentUser.roles();
        List<BeingFair> candidates = roles.contains(Roles.CHIEF_NURSE) ? records.all()
                : records.involving(currentUser.sub(), caller.orElse(null));
        List<BeingFairSummary> items = candidates.stream()
                .filter(r -> BeingFairVisibilityPolicy.maySee(r, currentUser.sub(), caller, roles).isAllowed())
                .map(r -> BeingFairViews.summary(r, reference(r.responseId()), jointPersonName(r),
                        records.rounds(r.id()).get(0)))
                .toList();
        audit.record(AuditAction.LIST, ENTITY_TYPE, null, "being fair records: " + items.size()
                + (items.isEmpty() ? "" : " (" + String.join(", ", items.stream().map(BeingFairSummary::id).toList())
                + ")"));
        return new BeingFairList(items);
    }

    public BeingFairView open(BeingFairOpenInput input) {
        String openerRole = openerRole(input.openedAs());
        String jointRole = JointUsePolicy.complementOf(openerRole).orElseThrow();
        ResponseBrief response = responses.find(input.responseId()).orElseThrow(() -> new ValidationFailedException(
                List.of(new FieldError("responseId", FieldErrorCode.UNKNOWN_RESPONSE,
                        "There is no learning response with this id"))));
        DirectoryPerson joint = jointUser(input.jointUser());
        Stamp now = stamps.current();
        BeingFair record = BeingFair.open(response.id(), input.staffName().strip(), input.staffJobRole().strip(),
                openerRole, joint.id(), jointRole, now);
        records.add(record);
        records.flush();
        BeingFairRound first = BeingFairRound.start(record.id(), 1, now);
        records.add(first);
        records.flush();
        audit.record(AuditAction.CREATE, ENTITY_TYPE, record.id().toString(), "being fair tool opened for "
                + response.reference() + " as " + openerRole + "; joint user person " + joint.id() + " (" + jointRole
                + ")");
        return view(record);
    }

    /** Audited read; 403 (audited) for anyone but the two users and the Chief Nurse. */
    public BeingFairView get(UUID id) {
        BeingFair record = visible(id);
        audit.record(AuditAction.READ, ENTITY_TYPE, record.id().toString(), "being fair record of "
                + reference(record.responseId()) + ", version " + records.rounds(id).get(0).number());
        return view(record);
    }

    /**
     * The named joint user joins with their own sign-in: their e-mail must be the named person's (else 403) and they
     * must hold the complementary role (else 403 naming {@code jointUser}, audited).
     */
    public BeingFairView join(UUID id) {
        BeingFair record = records.find(id).orElseThrow(() -> ApiException.notFound("The Being Fair record"));
        Optional<UUID> caller = callerPerson.id();
        if (record.openerSub().equals(currentUser.sub())
                || !caller.map(record.jointPersonId()::equals).orElse(false)) {
            throw new AccessDeniedException(ENTITY_TYPE, id.toString());
        }
        Verdict joining = JointUsePolicy.mayJoinAs(record.jointRole(), currentUser.roles());
        if (joining.isRefused()) {
            audit.recordRefusal(currentUser.sub(), currentUser.name(), AuditAction.DENIED, ENTITY_TYPE, id.toString(),
                    "join refused: the joint user must hold the role " + record.jointRole(), clientAddress.current());
            joining.orThrow();
        }
        if (record.joined()) {
            if (record.jointSub().equals(currentUser.sub())) {
                return view(record);
            }
            throw new ApiException(Problem.of(ProblemCode.CONFLICT, "Someone has already joined as the joint user."));
        }
        record.join(stamps.current());
        records.flush();
        audit.record(AuditAction.UPDATE, ENTITY_TYPE, id.toString(), "joined the being fair tool as "
                + record.jointRole());
        return view(record);
    }

    public BeingFairView consider(UUID id, ConsiderationsInput input) {
        BeingFair record = usable(id, input.version());
        BeingFairRound current = records.rounds(id).get(0);
        BeingFairAnswerPolicy.mayConsider(current).orThrow();
        Stamp now = stamps.current();
        current.consider(input.whoIsHurt().strip(), input.whatTheyNeed().strip(), input.whoseResponsibility().strip(),
                now);
        record.touch(now.at());
        records.flush();
        audit.record(AuditAction.UPDATE, ENTITY_TYPE, id.toString(), "considerations recorded, version "
                + current.number());
        return view(record);
    }

    public BeingFairView answer(UUID id, BeingFairAnswerInput input) {
        BeingFair record = usable(id, input.version());
        Question question = Question.fromId(input.question()).orElseThrow(() -> new ValidationFailedException(
                List.of(new FieldError("question", FieldErrorCode.UNKNOWN_CODE,
                        "This is not a question of the tool"))));
        Answer answer = Answer.fromCode(input.answer()).orElseThrow(() -> new ValidationFailedException(
                List.of(new FieldError("answer", FieldErrorCode.INVALID_VALUE, "Answer yes, no or unsure"))));
        BeingFairRound current = records.rounds(id).get(0);
        BeingFairAnswerPolicy.mayAnswer(current, question, answer).orThrow();
        Stamp now = stamps.current();
        BeingFairPath.Position position = current.answer(question, answer, now);
        record.touch(now.at());
        records.flush();
        audit.record(AuditAction.UPDATE, ENTITY_TYPE, id.toString(), "version " + current.number() + ": "
                + question.id() + " answered " + answer.code()
                + (position.ended() ? "; ended: " + position.outcome().code() : "; next: " + position.next().id()));
        return view(record);
    }

    /** Revisits the tool: a new version whose answers start again; the earlier ones are kept as they are. */
    public BeingFairView revisit(UUID id, VersionInput input) {
        BeingFair record = usable(id, input.version());
        BeingFairRound current = records.rounds(id).get(0);
        Stamp now = stamps.current();
        BeingFairRound next = BeingFairRound.start(id, current.number() + 1, now);
        records.add(next);
        record.touch(now.at());
        records.flush();
        audit.record(AuditAction.CREATE, ENTITY_TYPE, id.toString(), "being fair tool revisited: version "
                + next.number() + " started; version " + current.number() + " kept"
                + (current.outcome() == null ? " (not ended)" : " (" + current.outcome().code() + ")"));
        return view(record);
    }

    /** A record the caller may change: one of the two users, both recorded, the version as they last read it. */
    private BeingFair usable(UUID id, long version) {
        BeingFair record = visible(id);
        JointUsePolicy.mayBeAnswered(record.joined()).orThrow();
        if (!record.usedBy(currentUser.sub())) {
            throw new AccessDeniedException(ENTITY_TYPE, id.toString());
        }
        if (record.version() != version) {
            throw ApiException.staleVersion();
        }
        return record;
    }

    private BeingFair visible(UUID id) {
        BeingFair record = records.find(id).orElseThrow(() -> ApiException.notFound("The Being Fair record"));
        BeingFairVisibilityPolicy.maySee(record, currentUser.sub(), callerPerson.id(), currentUser.roles())
                .orDeny(ENTITY_TYPE, id.toString());
        return record;
    }

    private BeingFairView view(BeingFair record) {
        Optional<UUID> caller = callerPerson.id();
        boolean mayJoin = !record.joined() && !record.openerSub().equals(currentUser.sub())
                && caller.map(record.jointPersonId()::equals).orElse(false)
                && JointUsePolicy.mayJoinAs(record.jointRole(), currentUser.roles()).isAllowed();
        boolean mayAnswer = record.joined() && record.usedBy(currentUser.sub())
                && currentUser.hasAnyRole(USER_ROLES);
        return BeingFairViews.view(record, reference(record.responseId()), jointPersonName(record),
                records.rounds(record.id()), mayJoin, mayAnswer);
    }

    private String openerRole(String openedAs) {
        List<String> held = USER_ROLES.stream().filter(currentUser::hasRole).sorted().toList();
        JointUsePolicy.mayOpenAs(openedAs, held).orThrow();
        return openedAs != null ? openedAs : held.get(0);
    }

    private DirectoryPerson jointUser(JointUserInput input) {
        Optional<DirectoryPerson> person;
        String field;
        if (input.personId() != null) {
            field = "jointUser.personId";
            person = directory.find(input.personId());
        } else if (input.email() != null && !input.email().isBlank()) {
            field = "jointUser.email";
            person = directory.findByEmail(input.email().strip());
        } else {
            throw new ValidationFailedException(List.of(new FieldError("jointUser.personId", FieldErrorCode.REQUIRED,
                    "Select the person who will use the tool with you")));
        }
        DirectoryPerson joint = person.filter(DirectoryPerson::active).orElseThrow(() -> new ValidationFailedException(
                List.of(new FieldError(field, FieldErrorCode.UNKNOWN_PERSON,
                        "Select a person from the people directory"))));
        JointUsePolicy.namesSomeoneElse(field, callerPerson.id().map(joint.id()::equals).orElse(false)).orThrow();
        return joint;
    }

    private String reference(UUID responseId) {
        return responses.find(responseId).map(ResponseBrief::reference).orElse(null);
    }

    private String jointPersonName(BeingFair record) {
        return directory.find(record.jointPersonId()).map(DirectoryPerson::name).orElse(null);
    }
}
