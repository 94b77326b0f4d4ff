package uk.nhs.psirf.safetyactions.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import uk.nhs.psirf.safetyactions.domain.ActionStatus;
import uk.nhs.psirf.safetyactions.domain.SafetyAction;
import uk.nhs.psirf.safetyactions.domain.SafetyActionProgress;
import uk.nhs.psirf.safetyactions.domain.SafetyActionReview;

import java.time.Year;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class SafetyActionRepository {
    private final EntityManager entityManager;

    public SafetyActionRepository(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** SA-YYYY-NNNN from the shared sequence. */
    public String nextReference(Year year) {
        long next = ((Number) entityManager.createNativeQuery("select nextval('safety_action_reference_seq')")
                .getSingleResult()).longValue();
        return "SA-" + year.getValue() + "-" + String.format("%04d", next);
    }

    public void add(Object entity) {
        entityManager.persist(entity);
    }

    public void flush() {
        entityManager.flush();
    }

    public Optional<SafetyAction> find(UUID id) {
        return Optional.ofNullable(entityManager.find(SafetyAction.class, id));
    }

    /**
     * The actions matching the filters that are plain columns, soonest due first; {@code onResponses} (when not null)
     * keeps only actions on those learning responses.
     */
    public List<SafetyAction> matching(ActionStatus status, UUID responseId, UUID planId, Collection<UUID> onResponses) {
        if (onResponses != null && onResponses.isEmpty()) {
            return List.of();
        }
        StringBuilder jpql = new StringBuilder("select a from SafetyAction a where 1 = 1");
        if (status != null) {
            jpql.append(" and a.status = :status");
        }
        if (responseId != null) {
            jpql.append(" and a.responseId = :responseId");
        }
        if (planId != null) {
            jpql.append(" and a.planId = :planId");
        }
        if (onResponses != null) {
            jpql.append(" and a.responseId in :onResponses");
        }
        jpql.append(" order by a.dueOn asc nulls last, a.reference");
        var query = entityManager.createQuery(jpql.toString(), SafetyAction.class);
        if (status != null) {
            query.setParameter("status", status.code());
        }
        if (responseId != null) {
            query.setParameter("responseId", responseId);
        }
        if (planId != null) {
            query.setParameter("planId", planId);
        }
        if (onResponses != null) {
            query.setParameter("onResponses", onResponses);
        }
        return query.getResultList();
    }

    /** The actions of these improvement plans, soonest due first. */
    public List<SafetyAction> onPlans(Collection<UUID> planIds) {
        if (planIds.isEmpty()) {
            return List.of();
        }
        return entityManager.createQuery("""
                        select a from SafetyAction a where a.planId in :plans
                        order by a.dueOn asc nulls last, a.reference""", SafetyAction.class)
                .setParameter("plans", planIds).getResultList();
    }

    public List<SafetyAction> ownedBy(UUID personId) {
        return entityManager.createQuery("""
                        select a from SafetyAction a where a.ownerPersonId = :person
                        order by a.dueOn asc nulls last, a.reference""", SafetyAction.class)
                .setParameter("person", personId).getResultList();
    }

    public List<SafetyActionProgress> progressOf(UUID actionId) {
        return entityManager.createQuery(
                        "select p from SafetyActionProgress p where p.actionId = :id order by p.at, p.id",
                        SafetyActionProgress.class)
                .setParameter("id", actionId).getResultList();
    }

    public List<SafetyActionReview> reviewsOf(UUID actionId) {
        return entityManager.createQuery(
                        "select r from SafetyActionReview r where r.actionId = :id order by r.reviewedOn, r.at",
                        SafetyActionReview.class)
                .setParameter("id", actionId).getResultList();
    }
}
