package uk.nhs.psirf.reference;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Reads all the reference data in a transaction (and so a persistence context) of its own: when it ends
 * the entities are detached, so they can be shared without ever belonging to a caller's persistence context.
 */
@ApplicationScoped
class ReferenceSnapshotLoader {
    private final EntityManager entityManager;

    ReferenceSnapshotLoader(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    ReferenceSnapshot load() {
        long loadedAt = System.nanoTime();
        List<Location> locations = entityManager.createQuery("""
                        select l from Location l join fetch l.service s join fetch s.directorate d
                        order by d.name, s.name, l.name""", Location.class)
                .getResultList();
        List<EventCategory> categories = entityManager.createQuery(
                "select c from EventCategory c order by c.sortOrder", EventCategory.class).getResultList();
        return new ReferenceSnapshot(
                byCode(locations, Location::code),
                locations.stream().filter(Location::active).toList(),
                byCode(categories, EventCategory::code),
                categories.stream().filter(EventCategory::active).toList(),
                loadedAt);
    }

    private static <T> Map<String, T> byCode(List<T> entities, Function<T, String> code) {
        return entities.stream().collect(Collectors.toUnmodifiableMap(code, Function.identity()));
    }
}
