package uk.nhs.psirf.investigation.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import uk.nhs.psirf.investigation.domain.Investigation;

import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class InvestigationRepository {
    private final EntityManager entityManager;

    public InvestigationRepository(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    public Optional<Investigation> find(UUID responseId) {
        return Optional.ofNullable(entityManager.find(Investigation.class, responseId));
    }

    public void add(Investigation investigation) {
        entityManager.persist(investigation);
    }

    public void flush() {
        entityManager.flush();
    }
}
