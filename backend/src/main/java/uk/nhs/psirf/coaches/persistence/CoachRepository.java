package uk.nhs.psirf.coaches.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import uk.nhs.psirf.coaches.domain.Coach;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class CoachRepository {
    private final EntityManager entityManager;

    public CoachRepository(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    public void add(Coach coach) {
        entityManager.persist(coach);
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
}
