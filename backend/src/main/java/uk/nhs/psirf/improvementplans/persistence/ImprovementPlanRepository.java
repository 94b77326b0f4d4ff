package uk.nhs.psirf.improvementplans.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import uk.nhs.psirf.improvementplans.domain.ImprovementPlan;
import uk.nhs.psirf.improvementplans.domain.PlanStatus;

import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Plans, and which learning responses each gathers. The responses themselves, the safety actions and the locations
 * belong to other features and are read through their front doors ({@code service.PlanLinks}).
 */
@ApplicationScoped
public class ImprovementPlanRepository {
    private final EntityManager entityManager;

    public ImprovementPlanRepository(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    public void add(ImprovementPlan plan) {
        entityManager.persist(plan);
    }

    public void flush() {
        entityManager.flush();
    }

    public Optional<ImprovementPlan> find(UUID id) {
        return Optional.ofNullable(entityManager.find(ImprovementPlan.class, id));
    }

    public long nextReferenceNumber() {
        return ((Number) entityManager.createNativeQuery("select nextval('improvement_plan_reference_seq')")
                .getSingleResult()).longValue();
    }

    /** Soonest review first; {@code status} null for all. */
    public List<ImprovementPlan> page(PlanStatus status, int offset, int size) {
        TypedQuery<ImprovementPlan> query = entityManager.createQuery("select p from ImprovementPlan p"
                + (status == null ? "" : " where p.status = :status")
                + " order by p.reviewOn, p.reference", ImprovementPlan.class);
        if (status != null) {
            query.setParameter("status", status.code());
        }
        return query.setFirstResult(offset).setMaxResults(size).getResultList();
    }

    public long count(PlanStatus status) {
        var query = entityManager.createQuery("select count(p) from ImprovementPlan p"
                + (status == null ? "" : " where p.status = :status"), Long.class);
        if (status != null) {
            query.setParameter("status", status.code());
        }
        return query.getSingleResult();
    }

    /** The references of the plans with these ids; ids that name no plan (and nulls) are missing. */
    public Map<UUID, String> references(Collection<UUID> ids) {
        List<UUID> wanted = ids.stream().filter(java.util.Objects::nonNull).distinct().toList();
        if (wanted.isEmpty()) {
            return new HashMap<>();
        }
        return entityManager.createQuery("select p.id, p.reference from ImprovementPlan p where p.id in :ids",
                        Object[].class)
                .setParameter("ids", wanted).getResultStream()
                .collect(java.util.stream.Collectors.toMap(row -> (UUID) row[0], row -> (String) row[1], (a, b) -> a,
                        HashMap::new));
    }

    // --- learning responses gathered (improvement_plan_response; the responses come from the responses feature)

    /** A learning response the plan gathers, and when it was added. */
    public record GatheredResponse(UUID responseId, Instant addedAt) {
    }

    /** The responses the plan gathers, first added first. */
    @SuppressWarnings("unchecked")
    public List<GatheredResponse> gathered(UUID planId) {
        List<Object[]> rows = entityManager.createNativeQuery("""
                        select response_id, added_at from improvement_plan_response where plan_id = :plan
                        order by added_at""")
                .setParameter("plan", planId).getResultList();
        return rows.stream().map(r -> new GatheredResponse((UUID) r[0], instant(r[1]))).toList();
    }

    /** How many responses each plan gathers. */
    @SuppressWarnings("unchecked")
    public Map<UUID, Integer> responseCounts(Collection<UUID> planIds) {
        Map<UUID, Integer> counts = new HashMap<>();
        if (planIds.isEmpty()) {
            return counts;
        }
        List<Object[]> rows = entityManager.createNativeQuery("""
                        select plan_id, count(*) from improvement_plan_response where plan_id in (:plans)
                        group by plan_id""")
                .setParameter("plans", planIds).getResultList();
        rows.forEach(r -> counts.put((UUID) r[0], ((Number) r[1]).intValue()));
        return counts;
    }

    public boolean holdsResponse(UUID planId, UUID responseId) {
        return ((Number) entityManager.createNativeQuery(
                        "select count(*) from improvement_plan_response where plan_id = :plan and response_id = :response")
                .setParameter("plan", planId).setParameter("response", responseId).getSingleResult()).longValue() > 0;
    }

    public void addResponse(UUID planId, UUID responseId, Instant at) {
        entityManager.createNativeQuery("""
                        insert into improvement_plan_response (plan_id, response_id, added_at)
                        values (:plan, :response, :at) on conflict do nothing""")
                .setParameter("plan", planId).setParameter("response", responseId).setParameter("at", at)
                .executeUpdate();
    }

    public void removeResponse(UUID planId, UUID responseId) {
        entityManager.createNativeQuery(
                        "delete from improvement_plan_response where plan_id = :plan and response_id = :response")
                .setParameter("plan", planId).setParameter("response", responseId).executeUpdate();
    }

    private static Instant instant(Object value) {
        if (value instanceof Instant i) {
            return i;
        }
        if (value instanceof java.time.OffsetDateTime o) {
            return o.toInstant();
        }
        return value == null ? null : ((java.sql.Timestamp) value).toInstant();
    }
}
