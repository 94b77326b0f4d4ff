package uk.nhs.psirf.triage.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import uk.nhs.psirf.triage.domain.TriageCase;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class TriageCaseRepository {
    private final EntityManager entityManager;

    public TriageCaseRepository(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    public void add(TriageCase triageCase) {
        entityManager.persist(triageCase);
    }

    public Optional<TriageCase> find(UUID id) {
        return Optional.ofNullable(entityManager.find(TriageCase.class, id));
    }

    public long nextReferenceNumber() {
        return ((Number) entityManager.createNativeQuery("select nextval('case_reference_seq')").getSingleResult())
                .longValue();
    }

    /** Newest first, as the list of cases shows them. */
    public List<TriageCase> page(int offset, int limit) {
        return entityManager.createQuery("select c from TriageCase c order by c.createdAt desc, c.id desc",
                TriageCase.class).setFirstResult(offset).setMaxResults(limit).getResultList();
    }

    public long count() {
        return entityManager.createQuery("select count(c) from TriageCase c", Long.class).getSingleResult();
    }

    public void flush() {
        entityManager.flush();
    }
}
