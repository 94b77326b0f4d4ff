package uk.nhs.psirf.coaches.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import uk.nhs.psirf.coaches.domain.Coach;
import uk.nhs.psirf.coaches.domain.CoachSupervisionSession;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

@ApplicationScoped
public class CoachRepository {
    private final EntityManager entityManager;

    public CoachRepository(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    public void add(Coach coach) {
        entityManager.persist(coach);
    }

    public void add(CoachSupervisionSession session) {
        entityManager.persist(session);
    }

    public void flush() {
        entityManager.flush();
    }

    public Optional<Coach> find(UUID id) {
        return Optional.ofNullable(entityManager.find(Coach.class, id));
    }

    public Optional<Coach> findByPerson(UUID personId) {
        return entityManager.createQuery("select c from Coach c where c.personId = :person", Coach.class)
                .setParameter("person", personId).getResultStream().findFirst();
    }

    public List<Coach> findAll(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return entityManager.createQuery("select c from Coach c where c.id in :ids", Coach.class)
                .setParameter("ids", ids).getResultList();
    }

    /** Every entry, current coaches first, then by start date. */
    public List<Coach> all() {
        return entityManager.createQuery("select c from Coach c"
                + " order by case when c.endedOn is null then 0 else 1 end, c.startedOn desc, c.id", Coach.class)
                .getResultList();
    }

    /** A coach's supervision sessions, newest first. */
    public List<CoachSupervisionSession> sessions(UUID coachId) {
        return entityManager.createQuery("select s from CoachSupervisionSession s where s.coachId = :id"
                        + " order by s.heldOn desc, s.recordedAt desc", CoachSupervisionSession.class)
                .setParameter("id", coachId).getResultList();
    }

    /** The newest session of each coach, in one query for the register. */
    public Map<UUID, CoachSupervisionSession> latestSessions(Collection<UUID> coachIds) {
        if (coachIds.isEmpty()) {
            return Map.of();
        }
        return entityManager.createQuery("select s from CoachSupervisionSession s where s.coachId in :ids"
                        + " order by s.heldOn desc, s.recordedAt desc", CoachSupervisionSession.class)
                .setParameter("ids", coachIds).getResultStream()
                .collect(Collectors.toMap(CoachSupervisionSession::coachId, s -> s, (first, later) -> first));
    }
}
