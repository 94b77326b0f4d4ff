package uk.nhs.psirf.coaches.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import uk.nhs.psirf.coaches.CoachWork;
import uk.nhs.psirf.coaches.CoachWorkItem;
import uk.nhs.psirf.coaches.api.CoachPersonView;
import uk.nhs.psirf.coaches.api.CoachSummary;
import uk.nhs.psirf.coaches.api.CoachSupervisionView;
import uk.nhs.psirf.coaches.api.CoachView;
import uk.nhs.psirf.coaches.api.CoachWorkView;
import uk.nhs.psirf.coaches.domain.Coach;
import uk.nhs.psirf.coaches.domain.CoachRegisterPolicy;
import uk.nhs.psirf.coaches.domain.CoachSupervisionPolicy;
import uk.nhs.psirf.coaches.domain.CoachSupervisionSession;
import uk.nhs.psirf.coaches.persistence.CoachRepository;
import uk.nhs.psirf.people.Directory;
import uk.nhs.psirf.reference.DirectorateView;
import uk.nhs.psirf.reference.ReferenceData;
import uk.nhs.psirf.platform.time.Times;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The coach register as its readers see it: the entry, the coach's work gathered from every feature that holds some
 * ({@link CoachWork}), and their supervision, whose notes only the two people who were there read.
 */
@ApplicationScoped
public class CoachViews {
    private final CoachRepository coaches;
    private final Directory people;
    private final ReferenceData reference;
    private final Instance<CoachWork> work;
    private final Clock clock;

    public CoachViews(CoachRepository coaches, Directory people, ReferenceData reference, Instance<CoachWork> work,
                      Clock clock) {
        this.coaches = coaches;
        this.people = people;
        this.reference = reference;
        this.work = work;
        this.clock = clock;
    }

    /** Who is reading: their person in the directory (may be null) and their sign-in, for the notes' visibility. */
    public record Reader(UUID personId, String sub) {
    }

    public CoachView full(Coach coach, Reader reader) {
        List<CoachSupervisionSession> sessions = coaches.sessions(coach.id());
        Supervision supervision = supervision(coach, sessions.isEmpty() ? null : sessions.get(0));
        List<CoachWorkView> items = workOf(coach.id());
        return new CoachView(coach.id().toString(), coach.version(), person(coach.personId()), coach.kind().code(),
                directorate(coach.directorateId()), coach.startedOn(), coach.endedOn(), supervision.current(),
                minutes(items), items, supervision.lastSessionOn(), supervision.nextSessionOn(), supervision.dueBy(),
                supervision.overdue(), sessions.stream().map(s -> session(coach, s, reader)).toList());
    }

    public List<CoachSummary> summaries(List<Coach> entries) {
        Map<UUID, CoachSupervisionSession> latest = coaches.latestSessions(entries.stream().map(Coach::id).toList());
        return entries.stream().map(coach -> {
            Supervision supervision = supervision(coach, latest.get(coach.id()));
            return new CoachSummary(coach.id().toString(), person(coach.personId()), coach.kind().code(),
                    directorate(coach.directorateId()), coach.startedOn(), coach.endedOn(), supervision.current(),
                    minutes(workOf(coach.id())), supervision.lastSessionOn(), supervision.nextSessionOn(),
                    supervision.dueBy(), supervision.overdue());
        }).toList();
    }

    /** Every feature's work of this coach, the running work first. */
    private List<CoachWorkView> workOf(UUID coachId) {
        return work.stream().flatMap(feature -> feature.of(coachId).stream())
                .sorted(Comparator.comparing((CoachWorkItem item) -> !item.active()))
                .map(item -> new CoachWorkView(item.kind(), item.id().toString(), item.title(), item.minutesCoached(),
                        item.active()))
                .toList();
    }

    private static int minutes(List<CoachWorkView> items) {
        return items.stream().mapToInt(CoachWorkView::minutesCoached).sum();
    }

    private Supervision supervision(Coach coach, CoachSupervisionSession latest) {
        LocalDate today = Times.todayInUk(clock);
        LocalDate last = latest == null ? null : latest.heldOn();
        boolean current = coach.isCurrentOn(today);
        return new Supervision(current, last, latest == null ? null : latest.nextSessionOn(),
                current ? CoachSupervisionPolicy.dueBy(coach.startedOn(), last) : null,
                CoachSupervisionPolicy.isOverdue(coach, last, today));
    }

    private CoachSupervisionView session(Coach coach, CoachSupervisionSession session, Reader reader) {
        boolean withNotes = CoachRegisterPolicy.maySeeNotes(reader.personId(), reader.sub(), coach.personId(), session);
        return new CoachSupervisionView(session.id().toString(), session.heldOn(), person(session.advisorPersonId()),
                withNotes ? session.notes() : null, !withNotes && session.notes() != null, session.nextSessionOn(),
                session.recordedByName(), session.recordedAt());
    }

    private DirectorateView directorate(Long id) {
        return id == null ? null : reference.directorate(id).orElse(new DirectorateView(id, "Directorate " + id));
    }

    private CoachPersonView person(UUID personId) {
        return people.find(personId).map(p -> new CoachPersonView(p.id().toString(), p.name()))
                .orElseThrow(() -> new IllegalStateException("The person " + personId + " is referenced but missing"));
    }

    private record Supervision(boolean current, LocalDate lastSessionOn, LocalDate nextSessionOn, LocalDate dueBy,
                               boolean overdue) {
    }
}
