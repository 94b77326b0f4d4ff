package uk.nhs.psirf.decisions.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import uk.nhs.psirf.decisions.domain.DecisionStatus;
import uk.nhs.psirf.decisions.domain.PanelDecision;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class DecisionRepository {
    private final EntityManager entityManager;

    public DecisionRepository(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    public void add(PanelDecision decision) {
        entityManager.persist(decision);
    }

    public Optional<PanelDecision> find(UUID id) {
        return Optional.ofNullable(entityManager.find(PanelDecision.class, id));
    }

    /**
     * Locks events and cases (by id) until the transaction ends, so that two decisions recorded at once for the same
     * events cannot both pass the "already pending" check. Taken in a fixed order so that two cases cannot deadlock.
     */
    public void lock(Collection<UUID> ids) {
        ids.stream().map(UUID::toString).sorted().forEach(id -> entityManager
                .createNativeQuery("select pg_advisory_xact_lock(hashtextextended(:key, 0))")
                .setParameter("key", "panel-decision:" + id).getSingleResult());
    }

    /** Whether any of these events has a decision awaiting the chair's approval. */
    public boolean pendingFor(Collection<UUID> eventIds) {
        if (eventIds.isEmpty()) {
            return false;
        }
        return entityManager.createQuery("""
                        select count(d) from PanelDecision d join d.eventIds e
                        where d.status = :pending and e in :eventIds""", Long.class)
                .setParameter("pending", DecisionStatus.AWAITING_CHAIR_APPROVAL.code())
                .setParameter("eventIds", eventIds).getSingleResult() > 0;
    }

    public boolean pendingForCase(UUID caseId) {
        return entityManager.createQuery("""
                        select count(d) from PanelDecision d where d.status = :pending and d.caseId = :caseId""",
                        Long.class)
                .setParameter("pending", DecisionStatus.AWAITING_CHAIR_APPROVAL.code())
                .setParameter("caseId", caseId).getSingleResult() > 0;
    }

    /** The decisions awaiting the chair's approval whose panel this person chairs, oldest first. */
    public List<PanelDecision> awaitingApprovalChairedBy(UUID personId) {
        return entityManager.createQuery("""
                        select d from PanelDecision d join d.panelMembers m
                        where d.status = :pending and m.chair = true and m.personId = :personId
                        order by d.recordedAt, d.id""", PanelDecision.class)
                .setParameter("pending", DecisionStatus.AWAITING_CHAIR_APPROVAL.code())
                .setParameter("personId", personId).getResultList();
    }

    /** Newest first. */
    public List<PanelDecision> page(DecisionFilter filter, int offset, int size) {
        TypedQuery<PanelDecision> query = entityManager.createQuery("select d from PanelDecision d" + where(filter)
                + " order by d.recordedAt desc, d.id desc", PanelDecision.class);
        bind(query, filter);
        return query.setFirstResult(offset).setMaxResults(size).getResultList();
    }

    public long count(DecisionFilter filter) {
        TypedQuery<Long> query = entityManager.createQuery("select count(d) from PanelDecision d" + where(filter),
                Long.class);
        bind(query, filter);
        return query.getSingleResult();
    }

    public void flush() {
        entityManager.flush();
    }

    private static String where(DecisionFilter filter) {
        List<String> conditions = new ArrayList<>();
        if (filter.eventId() != null) {
            conditions.add(":eventId member of d.eventIds");
        }
        if (filter.caseId() != null) {
            conditions.add("d.caseId = :caseId");
        }
        if (filter.status() != null) {
            conditions.add("d.status = :status");
        }
        return conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
    }

    private static void bind(TypedQuery<?> query, DecisionFilter filter) {
        if (filter.eventId() != null) {
            query.setParameter("eventId", filter.eventId());
        }
        if (filter.caseId() != null) {
            query.setParameter("caseId", filter.caseId());
        }
        if (filter.status() != null) {
            query.setParameter("status", filter.status().code());
        }
    }
}
