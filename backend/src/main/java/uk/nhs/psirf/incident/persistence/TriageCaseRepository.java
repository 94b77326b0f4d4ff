package uk.nhs.psirf.incident.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import uk.nhs.psirf.incident.domain.PatientSafetyEvent;
import uk.nhs.psirf.incident.domain.TriageCase;

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

    /** The events of a case, oldest report first. */
    public List<PatientSafetyEvent> events(UUID caseId) {
        return entityManager.createQuery("""
                        select e from PatientSafetyEvent e
                        join fetch e.location l join fetch l.service s join fetch s.directorate
                        join fetch e.category c
                        where e.caseId = :caseId order by e.reportedAt, e.id""", PatientSafetyEvent.class)
                .setParameter("caseId", caseId).getResultList();
    }
}
