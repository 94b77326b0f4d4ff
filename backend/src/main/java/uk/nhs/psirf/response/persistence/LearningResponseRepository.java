package uk.nhs.psirf.response.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import uk.nhs.psirf.response.domain.LearningResponse;
import uk.nhs.psirf.response.domain.LearningResponseStatus;

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

    /** Newest first; {@code status} null for all. */
    public List<LearningResponse> page(LearningResponseStatus status, int offset, int size) {
        var query = entityManager.createQuery("select r from LearningResponse r" + where(status)
                + " order by r.createdAt desc, r.id desc", LearningResponse.class);
        if (status != null) {
            query.setParameter("status", status.code());
        }
        return query.setFirstResult(offset).setMaxResults(size).getResultList();
    }

    public long count(LearningResponseStatus status) {
        var query = entityManager.createQuery("select count(r) from LearningResponse r" + where(status), Long.class);
        if (status != null) {
            query.setParameter("status", status.code());
        }
        return query.getSingleResult();
    }

    public void flush() {
        entityManager.flush();
    }

    private static String where(LearningResponseStatus status) {
        return status == null ? "" : " where r.status = :status";
    }
}
