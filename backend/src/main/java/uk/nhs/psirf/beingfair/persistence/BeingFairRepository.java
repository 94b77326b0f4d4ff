package uk.nhs.psirf.beingfair.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import uk.nhs.psirf.beingfair.domain.BeingFair;
import uk.nhs.psirf.beingfair.domain.BeingFairRound;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class BeingFairRepository {
    private final EntityManager entityManager;

    public BeingFairRepository(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    public void add(BeingFair record) {
        entityManager.persist(record);
    }

    public void add(BeingFairRound round) {
        entityManager.persist(round);
    }

    public void flush() {
        entityManager.flush();
    }

    public Optional<BeingFair> find(UUID id) {
        return Optional.ofNullable(entityManager.find(BeingFair.class, id));
    }

    /** Its versions, the current (highest number) first. */
    public List<BeingFairRound> rounds(UUID beingFairId) {
        return entityManager.createQuery("select r from BeingFairRound r where r.beingFairId = :id"
                        + " order by r.number desc", BeingFairRound.class)
                .setParameter("id", beingFairId).getResultList();
    }

    /** The records about one learning response. */
    public List<BeingFair> forResponse(UUID responseId) {
        return entityManager.createQuery("select b from BeingFair b where b.responseId = :id order by b.openedAt, b.id",
                BeingFair.class).setParameter("id", responseId).getResultList();
    }

    /** Newest first: every record (for the Chief Nurse). */
    public List<BeingFair> all() {
        return entityManager.createQuery("select b from BeingFair b order by b.updatedAt desc, b.id", BeingFair.class)
                .getResultList();
    }

    /**
     * Newest first: the records this sign-in opened or joined, and those naming this person as the joint user;
     * the caller's roles are checked on each by the service.
     */
    public List<BeingFair> involving(String sub, UUID personId) {
        return entityManager.createQuery("select b from BeingFair b where b.openerSub = :sub or b.jointSub = :sub"
                        + " or (b.jointPersonId = :person and b.jointSub is null)"
                        + " order by b.updatedAt desc, b.id", BeingFair.class)
                .setParameter("sub", sub)
                .setParameter("person", personId == null ? new UUID(0, 0) : personId)
                .getResultList();
    }
}
