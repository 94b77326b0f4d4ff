package uk.nhs.psirf.coaching.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import uk.nhs.psirf.coaching.domain.CoachingContract;
import uk.nhs.psirf.coaching.domain.CoachingRecord;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/** The coaching feature's own tables: contracts, their coaches, records and actions. */
@ApplicationScoped
public class CoachingRepository {
    private static final String NEWEST_FIRST = " order by c.createdAt desc, c.id";

    private final EntityManager entityManager;

    public CoachingRepository(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    public void add(CoachingContract contract) {
        entityManager.persist(contract);
    }

    public void add(CoachingRecord record) {
        entityManager.persist(record);
    }

    public void flush() {
        entityManager.flush();
    }

    public Optional<CoachingContract> find(UUID id) {
        return Optional.ofNullable(entityManager.find(CoachingContract.class, id));
    }

    public List<CoachingContract> all() {
        return entityManager.createQuery("select c from CoachingContract c" + NEWEST_FIRST, CoachingContract.class)
                .getResultList();
    }

    /** The contracts this coach (register id) coaches, or whose coachee is this person; either may be null. */
    public List<CoachingContract> involving(UUID coachId, UUID coacheePersonId) {
        return entityManager.createQuery("select distinct c from CoachingContract c left join c.coachIds coach"
                        + " where coach = :coach or c.coacheePersonId = :person" + NEWEST_FIRST,
                        CoachingContract.class)
                .setParameter("coach", coachId == null ? new UUID(0, 0) : coachId)
                .setParameter("person", coacheePersonId == null ? new UUID(0, 0) : coacheePersonId)
                .getResultList();
    }

    public List<CoachingContract> coachedBy(UUID coachId) {
        return involving(coachId, null);
    }

    public Optional<CoachingRecord> findRecord(UUID id) {
        return Optional.ofNullable(entityManager.find(CoachingRecord.class, id));
    }

    /** A contract's records, oldest first (the order the sessions were held). */
    public List<CoachingRecord> records(UUID contractId) {
        return entityManager.createQuery("select r from CoachingRecord r where r.contractId = :id"
                        + " order by r.heldOn, r.createdAt", CoachingRecord.class)
                .setParameter("id", contractId).getResultList();
    }

    /** The records of many contracts, oldest first, in one query for lists. */
    public Map<UUID, List<CoachingRecord>> records(Collection<UUID> contractIds) {
        if (contractIds.isEmpty()) {
            return Map.of();
        }
        return entityManager.createQuery("select r from CoachingRecord r where r.contractId in :ids"
                        + " order by r.heldOn, r.createdAt", CoachingRecord.class)
                .setParameter("ids", contractIds).getResultStream()
                .collect(Collectors.groupingBy(CoachingRecord::contractId));
    }

    /** The records a coach chose to share with the patient safety team, newest first. */
    public List<CoachingRecord> shared() {
        return entityManager.createQuery("select r from CoachingRecord r where r.sharedWithSafetyTeam = true"
                        + " order by r.heldOn desc, r.createdAt desc", CoachingRecord.class).getResultList();
    }
}
