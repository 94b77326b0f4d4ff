package uk.nhs.psirf.responseplan.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import uk.nhs.psirf.responseplan.domain.PlanStatus;
import uk.nhs.psirf.responseplan.domain.PlanVersion;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class PlanRepository {
    /** Any constant: the key of the transaction-scoped advisory lock that serialises changes to which plan is in force. */
    private static final long PLAN_LOCK_KEY = 0x5053_4952_5000L;

    private final EntityManager entityManager;

    public PlanRepository(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    public void add(PlanVersion version) {
        entityManager.persist(version);
    }

    public int nextNumber() {
        return ((Number) entityManager.createNativeQuery("select nextval('response_plan_number_seq')")
                .getSingleResult()).intValue();
    }

    /**
     * Held until the transaction ends, so that two approvals (or an approval and a draft's period check) cannot
     * interleave: the one-in-force index would otherwise turn the race into a server error.
     */
    public void lockPlan() {
        entityManager.createNativeQuery("select pg_advisory_xact_lock(:key)").setParameter("key", PLAN_LOCK_KEY)
                .getSingleResult();
    }

    public Optional<PlanVersion> find(UUID id) {
        return Optional.ofNullable(entityManager.find(PlanVersion.class, id));
    }

    public Optional<PlanVersion> inForce() {
        return entityManager.createQuery("select v from PlanVersion v where v.status = :status", PlanVersion.class)
                .setParameter("status", PlanStatus.IN_FORCE.code()).getResultStream().findFirst();
    }

    public List<PlanVersion> approved() {
        return entityManager.createQuery("select v from PlanVersion v where v.status <> :draft order by v.number",
                PlanVersion.class).setParameter("draft", PlanStatus.DRAFT.code()).getResultList();
    }

    /** Newest first; drafts only when asked for. */
    public List<PlanVersion> all(boolean withDrafts) {
        String where = withDrafts ? "" : " where v.status <> :draft";
        var query = entityManager.createQuery("select v from PlanVersion v" + where + " order by v.number desc",
                PlanVersion.class);
        if (!withDrafts) {
            query.setParameter("draft", PlanStatus.DRAFT.code());
        }
        return query.setMaxResults(500).getResultList();
    }

    public void flush() {
        entityManager.flush();
    }
}
