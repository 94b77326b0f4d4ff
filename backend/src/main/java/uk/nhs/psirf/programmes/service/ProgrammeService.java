package uk.nhs.psirf.programmes.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import uk.nhs.psirf.people.Directory;
import uk.nhs.psirf.people.DirectoryPerson;
import uk.nhs.psirf.people.service.CallerPerson;
import uk.nhs.psirf.platform.audit.AuditAction;
import uk.nhs.psirf.platform.audit.AuditService;
import uk.nhs.psirf.platform.error.ApiException;
import uk.nhs.psirf.platform.error.FieldError;
import uk.nhs.psirf.platform.error.FieldErrorCode;
import uk.nhs.psirf.platform.error.ValidationFailedException;
import uk.nhs.psirf.platform.rules.Verdict;
import uk.nhs.psirf.platform.security.Stamps;
import uk.nhs.psirf.platform.time.Times;
import uk.nhs.psirf.programmes.api.AttendanceInput;
import uk.nhs.psirf.programmes.api.AttendeeInput;
import uk.nhs.psirf.programmes.api.MaterialInput;
import uk.nhs.psirf.programmes.api.MaterialView;
import uk.nhs.psirf.programmes.api.MySessionView;
import uk.nhs.psirf.programmes.api.MySessions;
import uk.nhs.psirf.programmes.api.ProgrammeInput;
import uk.nhs.psirf.programmes.api.ProgrammeSummary;
import uk.nhs.psirf.programmes.api.ProgrammeView;
import uk.nhs.psirf.programmes.api.SessionInput;
import uk.nhs.psirf.programmes.api.SessionView;
import uk.nhs.psirf.programmes.domain.Attendance;
import uk.nhs.psirf.programmes.domain.AttendancePolicy;
import uk.nhs.psirf.programmes.domain.AttendanceStatus;
import uk.nhs.psirf.programmes.domain.MaterialPolicy;
import uk.nhs.psirf.programmes.domain.Programme;
import uk.nhs.psirf.programmes.domain.ProgrammeMaterial;
import uk.nhs.psirf.programmes.domain.ProgrammeSession;
import uk.nhs.psirf.programmes.domain.SessionPlan;
import uk.nhs.psirf.programmes.domain.SessionPlanPolicy;
import uk.nhs.psirf.programmes.persistence.ProgrammeRepository;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Training programmes (issue 12 item 7, product §9): the programmes, their sessions, each session's register and
 * the programmes' materials. The keepers ({@link ProgrammeKeepers}) add and change them; everyone else lists them
 * and sees their own place on a register. Attendance feeds each person's training record through people's
 * {@code ProgrammeAttendance} port. Registers name people, so reading or changing one is audited.
 */
@ApplicationScoped
@Transactional
public class ProgrammeService {
    public static final String PROGRAMME = "programme";
    public static final String SESSION = "programme-session";
    public static final String MATERIAL = "programme-material";

    private final ProgrammeRepository programmes;
    private final ProgrammeViews views;
    private final ProgrammeKeepers keepers;
    private final Directory people;
    private final CallerPerson callerPerson;
    private final Stamps stamps;
    private final AuditService audit;
    private final Clock clock;

    public ProgrammeService(ProgrammeRepository programmes, ProgrammeViews views, ProgrammeKeepers keepers,
                            Directory people, CallerPerson callerPerson, Stamps stamps, AuditService audit,
                            Clock clock) {
        this.programmes = programmes;
        this.views = views;
        this.keepers = keepers;
        this.people = people;
        this.callerPerson = callerPerson;
        this.stamps = stamps;
        this.audit = audit;
        this.clock = clock;
    }

    public List<ProgrammeSummary> list() {
        LocalDate today = Times.todayInUk(clock);
        Map<UUID, List<ProgrammeSession>> upcoming = programmes.sessionsFrom(today).stream()
                .collect(Collectors.groupingBy(ProgrammeSession::programmeId));
        return programmes.all().stream().map(p -> {
            List<ProgrammeSession> next = upcoming.getOrDefault(p.id(), List.of());
            return new ProgrammeSummary(p.id(), p.title(), p.summary(), next.isEmpty() ? null : next.get(0).heldOn(),
                    next.size());
        }).toList();
    }

    public ProgrammeView create(ProgrammeInput input) {
        String title = input.title().strip();
        if (programmes.titleTaken(title)) {
            throw new ValidationFailedException(List.of(new FieldError("title", FieldErrorCode.DUPLICATE_NAME,
                    "There is already a programme with this title")));
        }
        Programme programme = Programme.create(title, input.summary().strip(), stamps.current());
        programmes.add(programme);
        programmes.flush();
        audit.record(AuditAction.CREATE, PROGRAMME, programme.id().toString(), "programme added: " + title);
        return view(programme);
    }

    public ProgrammeView view(UUID programmeId) {
        return view(find(programmeId));
    }

    private ProgrammeView view(Programme programme) {
        UUID caller = callerPerson.id().orElse(null);
        return new ProgrammeView(programme.id(), programme.version(), programme.code(), programme.title(),
                programme.summary(), programmes.sessions(programme.id()).stream()
                .map(s -> views.summary(s, caller)).toList(),
                programmes.materials(programme.id()).stream().map(views::material).toList(),
                views.scenarioCards(programme), keepers.callerKeeps());
    }

    public SessionView addSession(UUID programmeId, SessionInput input) {
        Programme programme = find(programmeId);
        SessionPlan plan = plan(input);
        ProgrammeSession session = ProgrammeSession.plan(programme.id(), plan, stamps.current());
        programmes.add(session);
        programmes.flush();
        audit.record(AuditAction.CREATE, SESSION, session.id().toString(), "session of " + programme.title()
                + " on " + plan.heldOn() + " " + plan.startsAt() + "-" + plan.endsAt());
        return sessionView(session, programme);
    }

    public SessionView session(UUID sessionId) {
        ProgrammeSession session = findSession(sessionId);
        if (keepers.callerKeeps()) {
            audit.record(AuditAction.READ, SESSION, sessionId.toString(), "session register read: "
                    + session.register().size() + " people");
        }
        return sessionView(session, find(session.programmeId()));
    }

    public SessionView changeSession(UUID sessionId, SessionInput input) {
        ProgrammeSession session = findSession(sessionId);
        requireVersion(input.version(), session.version());
        SessionPlan plan = plan(input);
        LocalDate today = Times.todayInUk(clock);
        boolean outcomesRecorded = session.register().stream()
                .anyMatch(a -> a.attendanceStatus() != AttendanceStatus.BOOKED);
        Verdict.allowedIf(!outcomesRecorded || !plan.heldOn().isAfter(today), () -> Verdict.invalid("heldOn",
                FieldErrorCode.IN_THE_FUTURE, "Attendance has been recorded: the session cannot move into the future"))
                .orThrow();
        session.change(plan, stamps.current());
        programmes.flush();
        audit.record(AuditAction.UPDATE, SESSION, sessionId.toString(), "session changed: " + plan.heldOn() + " "
                + plan.startsAt() + "-" + plan.endsAt());
        return sessionView(session, find(session.programmeId()));
    }

    /** Replaces the register as a whole; the version guards against two keepers marking it at once. */
    public SessionView recordAttendance(UUID sessionId, AttendanceInput input) {
        ProgrammeSession session = findSession(sessionId);
        requireVersion(input.version(), session.version());
        LocalDate today = Times.todayInUk(clock);
        List<AttendeeInput> given = input.attendees();
        List<Verdict> verdicts = new ArrayList<>();
        List<Attendance> register = new ArrayList<>();
        verdicts.add(AttendancePolicy.eachPersonOnce(given.stream().map(AttendeeInput::personId).toList()));
        for (int i = 0; i < given.size(); i++) {
            AttendeeInput attendee = given.get(i);
            final int index = i;
            AttendanceStatus status = AttendanceStatus.fromCode(attendee.status()).orElse(null);
            if (status == null) {
                verdicts.add(Verdict.invalid("attendees[" + i + "].status", FieldErrorCode.UNKNOWN_CODE,
                        "Choose booked, attended or did not attend"));
                continue;
            }
            verdicts.add(AttendancePolicy.outcomeOnlyOnceHeld(index, status, session.heldOn(), today));
            boolean known = session.statusOf(attendee.personId()).isPresent()
                    || people.find(attendee.personId()).filter(DirectoryPerson::active).isPresent();
            verdicts.add(Verdict.allowedIf(known, () -> Verdict.invalid("attendees[" + index + "].personId",
                    FieldErrorCode.UNKNOWN_PERSON, "Select a person from the list")));
            register.add(Attendance.of(attendee.personId(), status));
        }
        Verdict.all(verdicts).orThrow();
        session.replaceRegister(register, stamps.current());
        programmes.flush();
        Map<String, Long> counts = register.stream()
                .collect(Collectors.groupingBy(Attendance::status, Collectors.counting()));
        audit.record(AuditAction.UPDATE, SESSION, sessionId.toString(), "register saved: " + counts);
        return sessionView(session, find(session.programmeId()));
    }

    public MaterialView addMaterial(UUID programmeId, MaterialInput input) {
        Programme programme = find(programmeId);
        String link = blankToNull(input.link());
        MaterialPolicy.linkOrFile(link != null, input.file() != null).orThrow();
        ProgrammeMaterial material;
        if (link != null) {
            MaterialPolicy.webAddress(link).orThrow();
            material = ProgrammeMaterial.link(programme.id(), input.title().strip(), link, stamps.current());
        } else {
            MaterialPolicy.allowedFileType(input.file().contentType()).orThrow();
            byte[] bytes;
            try {
                bytes = Base64.getDecoder().decode(input.file().contentBase64().replaceAll("\\s", ""));
            } catch (IllegalArgumentException e) {
                throw new ValidationFailedException(List.of(new FieldError("file.contentBase64",
                        FieldErrorCode.INVALID_FORMAT, "The file could not be read: send it as base64")));
            }
            MaterialPolicy.allowedSize(bytes.length).orThrow();
            material = ProgrammeMaterial.file(programme.id(), input.title().strip(), input.file().fileName().strip(),
                    input.file().contentType(), bytes, stamps.current());
        }
        programmes.add(material);
        programmes.flush();
        audit.record(AuditAction.CREATE, MATERIAL, material.id().toString(), "material added to "
                + programme.title() + ": " + material.title());
        return views.material(material);
    }

    public MaterialDownload materialContent(UUID programmeId, UUID materialId) {
        ProgrammeMaterial material = programmes.material(materialId)
                .filter(m -> m.programmeId().equals(programmeId) && m.isFile())
                .orElseThrow(() -> ApiException.notFound("The file of this material"));
        return new MaterialDownload(material.content(), material.contentType(),
                MaterialDownload.safeFileName(material.fileName()));
    }

    /** The caller's own sessions; empty when the directory does not know them. */
    public MySessions mine() {
        UUID caller = callerPerson.id().orElse(null);
        if (caller == null) {
            return new MySessions(List.of(), List.of());
        }
        LocalDate today = Times.todayInUk(clock);
        List<ProgrammeSession> sessions = programmes.sessionsOf(caller);
        Map<UUID, String> titles = programmes.all().stream()
                .collect(Collectors.toMap(Programme::id, Programme::title));
        Function<ProgrammeSession, MySessionView> view = s -> views.mine(s, titles.get(s.programmeId()), caller);
        List<MySessionView> upcoming = sessions.stream().filter(s -> !s.heldOn().isBefore(today))
                .filter(s -> s.statusOf(caller).orElse(null) == AttendanceStatus.BOOKED).map(view).toList();
        List<MySessionView> past = sessions.stream().filter(s -> s.heldOn().isBefore(today)
                        || s.statusOf(caller).orElse(null) != AttendanceStatus.BOOKED)
                .sorted(Comparator.comparing(ProgrammeSession::heldOn).reversed()).map(view).toList();
        audit.record(AuditAction.READ, SESSION, null, "own programme sessions: " + sessions.size());
        return new MySessions(upcoming, past);
    }

    private SessionView sessionView(ProgrammeSession session, Programme programme) {
        return views.session(session, programme, callerPerson.id().orElse(null), keepers.callerKeeps(),
                Times.todayInUk(clock));
    }

    private static SessionPlan plan(SessionInput input) {
        SessionPlan plan = new SessionPlan(input.heldOn(), LocalTime.parse(input.startsAt()),
                LocalTime.parse(input.endsAt()), blankToNull(input.venue()), Boolean.TRUE.equals(input.online()),
                input.facilitator().strip());
        SessionPlanPolicy.check(plan).orThrow();
        return plan;
    }

    private static void requireVersion(Long given, long current) {
        if (given == null) {
            throw new ValidationFailedException(List.of(new FieldError("version", FieldErrorCode.REQUIRED,
                    "The version last read is required")));
        }
        if (given != current) {
            throw ApiException.staleVersion();
        }
    }

    private Programme find(UUID programmeId) {
        return programmes.find(programmeId).orElseThrow(() -> ApiException.notFound("The programme"));
    }

    private ProgrammeSession findSession(UUID sessionId) {
        return programmes.session(sessionId).orElseThrow(() -> ApiException.notFound("The session"));
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
