package uk.nhs.psirf.improvementplans.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import uk.nhs.psirf.improvementplans.domain.ImprovementPlan;
import uk.nhs.psirf.improvementplans.domain.PlanStatus;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Plans, and what they gather. Learning responses, safety actions and locations belong to other features: they are
 * read here with small native queries.
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

    /** The names of these people of the directory. */
    @SuppressWarnings("unchecked")
    public Map<UUID, String> personNames(Collection<UUID> ids) {
        Map<UUID, String> names = new HashMap<>();
        if (ids.isEmpty()) {
            return names;
        }
        List<Object[]> rows = entityManager.createNativeQuery("select id, name from person where id in (:ids)")
                .setParameter("ids", ids).getResultList();
        rows.forEach(r -> names.put((UUID) r[0], (String) r[1]));
        return names;
    }

    public record LocationRow(long id, String code, String name) {
    }

    /** An active location of the reference data, by its code. */
    @SuppressWarnings("unchecked")
    public Optional<LocationRow> activeLocation(String code) {
        List<Object[]> rows = entityManager.createNativeQuery(
                        "select id, code, name from location where code = :code and active")
                .setParameter("code", code).getResultList();
        return rows.stream().map(r -> new LocationRow(((Number) r[0]).longValue(), (String) r[1], (String) r[2]))
                .findFirst();
    }

    @SuppressWarnings("unchecked")
    public Optional<String> locationCode(long id) {
        List<String> codes = entityManager.createNativeQuery("select code from location where id = :id")
                .setParameter("id", id).getResultList();
        return codes.stream().findFirst();
    }

    // --- learning responses gathered (improvement_plan_response; learning_response belongs to the responses feature)

    public record ResponseRow(UUID id, String reference, String responseType, String status, Instant addedAt) {
    }

    @SuppressWarnings("unchecked")
    public Optional<String> responseReference(UUID responseId) {
        List<String> references = entityManager.createNativeQuery(
                        "select reference from learning_response where id = :id")
                .setParameter("id", responseId).getResultList();
        return references.stream().findFirst();
    }

    @SuppressWarnings("unchecked")
    public List<ResponseRow> responses(UUID planId) {
        List<Object[]> rows = entityManager.createNativeQuery("""
                        select r.id, r.reference, r.response_type, r.status, pr.added_at
                        from improvement_plan_response pr join learning_response r on r.id = pr.response_id
                        where pr.plan_id = :plan order by pr.added_at, r.reference""")
                .setParameter("plan", planId).getResultList();
        return rows.stream().map(r -> new ResponseRow((UUID) r[0], (String) r[1], (String) r[2], (String) r[3],
                instant(r[4]))).toList();
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

    // --- safety actions (safety_action belongs to the safety actions feature)

    public record ActionRecord(UUID id, UUID planId, String reference, String title, String ownerName,
                               LocalDate dueOn, String status, String effectiveness) {
    }

    /** The safety actions of these plans, soonest due first. */
    @SuppressWarnings("unchecked")
    public List<ActionRecord> actions(Collection<UUID> planIds) {
        if (planIds.isEmpty()) {
            return List.of();
        }
        List<Object[]> rows = entityManager.createNativeQuery("""
                        select a.id, a.plan_id, a.reference, a.title, p.name, a.due_on, a.status, a.effectiveness
                        from safety_action a left join person p on p.id = a.owner_person_id
                        where a.plan_id in (:plans) order by a.due_on nulls last, a.reference""")
                .setParameter("plans", planIds).getResultList();
        return rows.stream().map(r -> new ActionRecord((UUID) r[0], (UUID) r[1], (String) r[2], (String) r[3],
                (String) r[4], localDate(r[5]), (String) r[6], (String) r[7])).toList();
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

    private static LocalDate localDate(Object value) {
        if (value instanceof LocalDate d) {
            return d;
        }
        return value == null ? null : ((java.sql.Date) value).toLocalDate();
    }
}
