package uk.nhs.psirf.candour.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import uk.nhs.psirf.candour.domain.CandourRecord;

import java.util.List;
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

    /** Events on the candour list: those with a candour record, and those whose harm proposes candour. */
    public List<CandourListRow> listRows() {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("""
                        select e.id, e.reference, e.physical_harm, e.occurred_at
                        from patient_safety_event e
                        where e.physical_harm <= 3
                           or exists (select 1 from candour_record c where c.event_id = e.id)
                        order by e.occurred_at desc""")
                .getResultList();
        Map<UUID, CandourRecord> records = entityManager.createQuery("select c from CandourRecord c",
                        CandourRecord.class).getResultStream()
                .collect(Collectors.toMap(CandourRecord::eventId, Function.identity()));
        return rows.stream().map(r -> {
            UUID id = (UUID) r[0];
            return new CandourListRow(id, (String) r[1], ((Number) r[2]).intValue(), records.get(id));
        }).toList();
    }

    /** The learning responses that hold the event. */
    @SuppressWarnings("unchecked")
    public List<Object[]> responsesOf(UUID eventId) {
        return entityManager.createNativeQuery("""
                        select r.id, r.reference, r.lead_person_id from learning_response r
                        join learning_response_event re on re.response_id = r.id
                        where re.event_id = :eventId order by r.created_at""")
                .setParameter("eventId", eventId).getResultList();
    }

    public record CandourListRow(UUID eventId, String reference, int physicalHarm, CandourRecord record) {
    }
}
