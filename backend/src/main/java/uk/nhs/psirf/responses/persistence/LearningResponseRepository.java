package uk.nhs.psirf.responses.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import uk.nhs.psirf.responses.domain.LearningResponse;
import uk.nhs.psirf.responses.domain.LearningResponseStatus;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class LearningResponseRepository {
    private final EntityManager entityManager;

    public LearningResponseRepository(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    public void add(LearningResponse response) {
        entityManager.persist(response);
    }

    public Optional<LearningResponse> find(UUID id) {
        return Optional.ofNullable(entityManager.find(LearningResponse.class, id));
    }

    public Optional<LearningResponse> forDecision(UUID decisionId) {
        return entityManager.createQuery("select r from LearningResponse r where r.decisionId = :decisionId",
                        LearningResponse.class)
                .setParameter("decisionId", decisionId).getResultStream().findFirst();
    }

    public long nextReferenceNumber() {
        return ((Number) entityManager.createNativeQuery("select nextval('response_reference_seq')")
                .getSingleResult()).longValue();
    }

    /**
     * Newest first; {@code status} null for all, {@code leadPersonId} null for everyone's. Not paged here: the due
     * status is computed from today's date and the pauses, and the trust runs a few hundred responses a year.
     */
    public List<LearningResponse> matching(LearningResponseStatus status, UUID leadPersonId) {
        List<String> conditions = new ArrayList<>();
        if (status == LearningResponseStatus.PAUSED) {
            conditions.add("r.status = 'in-progress' and r.pausedSince is not null");
        } else if (status == LearningResponseStatus.IN_PROGRESS) {
            conditions.add("r.status = 'in-progress' and r.pausedSince is null");
        } else if (status != null) {
            conditions.add("r.status = :status");
        }
        if (leadPersonId != null) {
            conditions.add("r.leadPersonId = :lead");
        }
        String where = conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
        var query = entityManager.createQuery("select r from LearningResponse r" + where
                + " order by r.createdAt desc, r.id desc", LearningResponse.class);
        if (status != null && status != LearningResponseStatus.PAUSED && status != LearningResponseStatus.IN_PROGRESS) {
            query.setParameter("status", status.code());
        }
        if (leadPersonId != null) {
            query.setParameter("lead", leadPersonId);
        }
        return query.getResultList();
    }

    public void flush() {
        entityManager.flush();
    }
}
