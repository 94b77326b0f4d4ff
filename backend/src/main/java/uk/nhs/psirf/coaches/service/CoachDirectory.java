package uk.nhs.psirf.coaches.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import uk.nhs.psirf.coaches.CoachBrief;
import uk.nhs.psirf.coaches.Coaches;
import uk.nhs.psirf.coaches.NewCoach;
import uk.nhs.psirf.coaches.domain.Coach;
import uk.nhs.psirf.coaches.domain.CoachKind;
import uk.nhs.psirf.coaches.persistence.CoachRepository;
import uk.nhs.psirf.people.Directory;
import uk.nhs.psirf.people.service.CallerPerson;
import uk.nhs.psirf.platform.security.Stamp;
import uk.nhs.psirf.platform.time.Times;

import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/** The coach register as the other features read it ({@link Coaches}). */
@ApplicationScoped
@Transactional
public class CoachDirectory implements Coaches {
    private final CoachRepository coaches;
    private final Directory people;
    private final CallerPerson callerPerson;
    private final Clock clock;

    public CoachDirectory(CoachRepository coaches, Directory people, CallerPerson callerPerson, Clock clock) {
        this.coaches = coaches;
        this.people = people;
        this.callerPerson = callerPerson;
        this.clock = clock;
    }

    @Override
    public Optional<CoachBrief> find(UUID coachId) {
        return coaches.find(coachId).map(this::brief);
    }

    @Override
    public Optional<CoachBrief> findByPerson(UUID personId) {
        return coaches.findByPerson(personId).map(this::brief);
    }

    @Override
    public Optional<CoachBrief> caller() {
        return callerPerson.id().flatMap(coaches::findByPerson).map(this::brief);
    }

    @Override
    public List<CoachBrief> current() {
        return coaches.all().stream().map(this::brief).filter(CoachBrief::current)
                .sorted(java.util.Comparator.comparing(c -> c.name() == null ? "" : c.name())).toList();
    }

    @Override
    public Map<UUID, String> names(Collection<UUID> coachIds) {
        List<Coach> found = coaches.findAll(coachIds.stream().filter(java.util.Objects::nonNull).distinct().toList());
        Map<UUID, String> personNames = people.names(found.stream().map(Coach::personId).toList());
        return found.stream().filter(c -> personNames.containsKey(c.personId()))
                .collect(Collectors.toMap(Coach::id, c -> personNames.get(c.personId())));
    }

    @Override
    public CoachBrief enrol(NewCoach coach, Stamp by) {
        Optional<Coach> existing = coaches.findByPerson(coach.personId());
        if (existing.isPresent()) {
            return brief(existing.get());
        }
        CoachKind kind = CoachKind.fromCode(coach.kind())
                .orElseThrow(() -> new IllegalArgumentException("Unknown kind of coach: " + coach.kind()));
        Coach enrolled = Coach.enrol(coach.personId(), kind, coach.directorateId(), coach.startedOn(), by);
        coaches.add(enrolled);
        coaches.flush();
        return brief(enrolled);
    }

    CoachBrief brief(Coach coach) {
        String name = people.find(coach.personId()).map(p -> p.name()).orElse(null);
        return new CoachBrief(coach.id(), coach.personId(), name, coach.kind().code(), coach.directorateId(),
                coach.startedOn(), coach.endedOn(), coach.isCurrentOn(Times.todayInUk(clock)));
    }
}
