package uk.nhs.psirf.people.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import uk.nhs.psirf.people.domain.CpdEntry;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

@ApplicationScoped
public class CpdEntryRepository {
    private final EntityManager entityManager;

    public CpdEntryRepository(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    public void add(CpdEntry entry) {
        entityManager.persist(entry);
    }

    /** Newest first. */
    public List<CpdEntry> of(UUID personId) {
        return entityManager.createQuery("select c from CpdEntry c where c.personId = :personId "
                        + "order by c.completedOn desc, c.createdAt desc", CpdEntry.class)
                .setParameter("personId", personId).getResultList();
    }

    public Map<UUID, BigDecimal> totalHours(Collection<UUID> personIds) {
        if (personIds.isEmpty()) {
            return Map.of();
        }
        return entityManager.createQuery("select c.personId, sum(c.hours) from CpdEntry c "
                        + "where c.personId in :ids group by c.personId", Object[].class)
                .setParameter("ids", personIds).getResultStream()
                .collect(Collectors.toMap(row -> (UUID) row[0], row -> (BigDecimal) row[1]));
    }
}
