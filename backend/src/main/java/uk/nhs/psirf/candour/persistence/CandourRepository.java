package uk.nhs.psirf.candour.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import uk.nhs.psirf.candour.domain.CandourRecord;

import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

@ApplicationScoped
public class CandourRepository {
    private final EntityManager entityManager;

    public CandourRepository(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    public Optional<CandourRecord> find(UUID eventId) {
        return Optional.ofNullable(entityManager.find(CandourRecord.class, eventId));
    }

    /** Inserts a new record or writes the changes of a loaded one, now, so that its version is current. */
    public void save(CandourRecord record) {
        if (!entityManager.contains(record)) {
            entityManager.persist(record);
        }
        entityManager.flush();
    }

    /** Every candour record, by the event it is about. */
    public Map<UUID, CandourRecord> byEvent() {
        return entityManager.createQuery("select c from CandourRecord c", CandourRecord.class).getResultStream()
                .collect(Collectors.toMap(CandourRecord::eventId, Function.identity()));
    }
}
