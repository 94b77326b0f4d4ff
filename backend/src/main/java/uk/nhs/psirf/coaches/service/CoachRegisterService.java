package uk.nhs.psirf.coaches.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import uk.nhs.psirf.coaches.api.CoachInput;
import uk.nhs.psirf.coaches.api.CoachSummary;
import uk.nhs.psirf.coaches.api.CoachSupervisionInput;
import uk.nhs.psirf.coaches.api.CoachView;
import uk.nhs.psirf.coaches.domain.Coach;
import uk.nhs.psirf.coaches.domain.CoachKind;
import uk.nhs.psirf.coaches.domain.CoachRegisterPolicy;
import uk.nhs.psirf.coaches.domain.CoachSupervisionSession;
import uk.nhs.psirf.coaches.domain.SupervisionDatesPolicy;
import uk.nhs.psirf.coaches.persistence.CoachRepository;
import uk.nhs.psirf.people.Directory;
import uk.nhs.psirf.people.DirectoryPerson;
import uk.nhs.psirf.people.service.CallerPerson;
import uk.nhs.psirf.platform.audit.AuditAction;
import uk.nhs.psirf.platform.audit.AuditService;
import uk.nhs.psirf.platform.error.ApiException;
import uk.nhs.psirf.platform.error.FieldError;
import uk.nhs.psirf.platform.error.FieldErrorCode;
import uk.nhs.psirf.platform.error.ValidationFailedException;
import uk.nhs.psirf.platform.security.CurrentUser;
import uk.nhs.psirf.platform.security.Roles;
import uk.nhs.psirf.platform.security.Stamp;
import uk.nhs.psirf.platform.security.Stamps;
import uk.nhs.psirf.platform.time.Times;
import uk.nhs.psirf.reference.ReferenceData;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The coach register (issue 12 §1, §6): every QI coach, their directorate, work, hours and supervision. The
 * improvement advisors keep it and read every entry; a coach reads only their own (matched by the e-mail address of
 * their sign-in). Nobody keeps their own entry ({@link CoachRegisterPolicy}). Every read and change is audited.
 */
@ApplicationScoped
@Transactional
public class CoachRegisterService {
    public static final String ENTITY_TYPE = "qi-coach";
    public static final String SESSION_ENTITY_TYPE = "qi-coach-supervision-session";

    private final CoachRepository coaches;
    private final Directory people;
    private final ReferenceData reference;
    private final CoachViews views;
    private final Stamps stamps;
    private final CallerPerson callerPerson;
    private final CurrentUser currentUser;
    private final AuditService audit;
    private final Clock clock;

    public CoachRegisterService(CoachRepository coaches, Directory people, ReferenceData reference, CoachViews views,
                                Stamps stamps, CallerPerson callerPerson, CurrentUser currentUser, AuditService audit,
                                Clock clock) {
        this.coaches = coaches;
        this.people = people;
        this.reference = reference;
        this.views = views;
        this.stamps = stamps;
        this.callerPerson = callerPerson;
        this.currentUser = currentUser;
        this.audit = audit;
        this.clock = clock;
    }

    public List<CoachSummary> list() {
        List<Coach> all = coaches.all();
        audit.record(AuditAction.LIST, ENTITY_TYPE, null, "coach register: " + all.size() + " entries");
        return views.summaries(all);
    }

    /** One entry: an improvement advisor reads any; a coach only their own, else 403 for the record (audited). */
    public CoachView view(UUID coachId) {
        Coach coach = find(coachId);
        UUID caller = callerPerson.id().orElse(null);
        UUID callerCoachId = caller == null ? null : coaches.findByPerson(caller).map(Coach::id).orElse(null);
        CoachRegisterPolicy.mayRead(currentUser.hasRole(Roles.IMPROVEMENT_ADVISOR), callerCoachId, coachId)
                .orDeny(ENTITY_TYPE, coachId.toString());
        audit.record(AuditAction.READ, ENTITY_TYPE, coachId.toString(), "coach register entry read");
        return views.full(coach, reader(caller));
    }

    /** The caller's own entry; 404 when they are not in the people directory or not on the register. */
    public CoachView mine() {
        UUID caller = callerPerson.id().orElse(null);
        Coach coach = Optional.ofNullable(caller).flatMap(coaches::findByPerson)
                .orElseThrow(() -> ApiException.notFound("Your entry in the coach register"));
        audit.record(AuditAction.READ, ENTITY_TYPE, coach.id().toString(), "own coach register entry read by the coach");
        return views.full(coach, reader(caller));
    }

    public CoachView register(CoachInput input) {
        CoachKind kind = checked(input, null);
        Stamp by = stamps.current();
        Coach coach = Coach.enrol(input.personId(), kind, input.directorateId(), input.startedOn(), by);
        if (input.endedOn() != null) {
            coach.change(kind, input.directorateId(), input.startedOn(), input.endedOn(), by);
        }
        coaches.add(coach);
        coaches.flush();
        audit.record(AuditAction.CREATE, ENTITY_TYPE, coach.id().toString(), "coach registered: person "
                + input.personId() + ", " + kind.code() + ", directorate " + input.directorateId() + ", from "
                + input.startedOn());
        return views.full(coach, reader(callerPerson.id().orElse(null)));
    }

    public CoachView change(UUID coachId, CoachInput input) {
        Coach coach = kept(coachId);
        if (input.version() == null) {
            throw new ValidationFailedException(List.of(new FieldError("version", FieldErrorCode.REQUIRED,
                    "The version last read is required")));
        }
        if (coach.version() != input.version()) {
            throw ApiException.staleVersion();
        }
        if (!coach.personId().equals(input.personId())) {
            throw new ValidationFailedException(List.of(new FieldError("personId", FieldErrorCode.INVALID_VALUE,
                    "The coach of an entry cannot be changed; register the other person instead")));
        }
        CoachKind kind = checked(input, coach.id());
        coach.change(kind, input.directorateId(), input.startedOn(), input.endedOn(), stamps.current());
        coaches.flush();
        audit.record(AuditAction.UPDATE, ENTITY_TYPE, coach.id().toString(), "coach register entry changed: "
                + kind.code() + ", directorate " + input.directorateId() + ", from " + input.startedOn()
                + (input.endedOn() == null ? "" : " to " + input.endedOn()));
        return views.full(coach, reader(callerPerson.id().orElse(null)));
    }

    public CoachView recordSession(UUID coachId, CoachSupervisionInput input) {
        Coach coach = kept(coachId);
        List<FieldError> errors = new ArrayList<>();
        errors.addAll(SupervisionDatesPolicy.hasHappened(input.heldOn(), Times.todayInUk(clock)).errors());
        errors.addAll(SupervisionDatesPolicy.nextIsAfter(input.heldOn(), input.nextSessionOn()).errors());
        if (activePerson(input.advisorPersonId()).isEmpty()) {
            errors.add(new FieldError("advisorPersonId", FieldErrorCode.UNKNOWN_PERSON, "Select a person from the list"));
        } else {
            errors.addAll(SupervisionDatesPolicy.advisorIsSomeoneElse(coach.personId(), input.advisorPersonId())
                    .errors());
        }
        if (!errors.isEmpty()) {
            throw new ValidationFailedException(errors);
        }
        CoachSupervisionSession session = CoachSupervisionSession.record(coach.id(), input.heldOn(),
                input.advisorPersonId(), blankToNull(input.notes()), input.nextSessionOn(), stamps.current());
        coaches.add(session);
        coaches.flush();
        audit.record(AuditAction.CREATE, SESSION_ENTITY_TYPE, session.id().toString(), "supervision session of coach "
                + coach.id() + " on " + input.heldOn() + " with person " + input.advisorPersonId() + "; next "
                + input.nextSessionOn());
        return views.full(coach, reader(callerPerson.id().orElse(null)));
    }

    private CoachKind checked(CoachInput input, UUID changing) {
        List<FieldError> errors = new ArrayList<>();
        if (activePerson(input.personId()).isEmpty()) {
            errors.add(new FieldError("personId", FieldErrorCode.UNKNOWN_PERSON, "Select a person from the list"));
        } else {
            coaches.findByPerson(input.personId()).filter(other -> !other.id().equals(changing))
                    .ifPresent(other -> errors.add(new FieldError("personId", FieldErrorCode.ALREADY_REGISTERED,
                            "This person is already on the coach register")));
        }
        CoachKind kind = CoachKind.fromCode(input.kind()).orElse(null);
        if (kind == null) {
            errors.add(new FieldError("kind", FieldErrorCode.UNKNOWN_CODE,
                    "Select staff coach or coach with lived experience"));
        }
        if (reference.directorate(input.directorateId()).isEmpty()) {
            errors.add(new FieldError("directorateId", FieldErrorCode.UNKNOWN_CODE,
                    "Select a directorate from the list"));
        }
        errors.addAll(CoachRegisterPolicy.endsOnOrAfterStart(input.startedOn(), input.endedOn()).errors());
        if (!errors.isEmpty()) {
            throw new ValidationFailedException(errors);
        }
        return kind;
    }

    /** The entry, for a change by an advisor who is not its coach ({@link CoachRegisterPolicy}); else 403, audited. */
    private Coach kept(UUID coachId) {
        Coach coach = find(coachId);
        CoachRegisterPolicy.mayKeep(callerPerson.id().orElse(null), coach.personId())
                .orDeny(ENTITY_TYPE, coachId.toString());
        return coach;
    }

    private Coach find(UUID coachId) {
        return coaches.find(coachId).orElseThrow(() -> ApiException.notFound("The coach"));
    }

    private Optional<DirectoryPerson> activePerson(UUID id) {
        return id == null ? Optional.empty() : people.find(id).filter(DirectoryPerson::active);
    }

    private CoachViews.Reader reader(UUID callerPersonId) {
        return new CoachViews.Reader(callerPersonId, currentUser.sub());
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
