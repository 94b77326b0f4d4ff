package uk.nhs.psirf.incident.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import uk.nhs.psirf.incident.domain.PatientSafetyEvent;
import uk.nhs.psirf.incident.domain.TriageCase;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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

    /** How many events each of these cases holds (cases without events are missing). */
    public Map<UUID, Integer> eventCounts(Collection<UUID> caseIds) {
        Map<UUID, Integer> counts = new HashMap<>();
        if (caseIds.isEmpty()) {
            return counts;
        }
        entityManager.createQuery("""
                        select e.caseId, count(e) from PatientSafetyEvent e
                        where e.caseId in :ids group by e.caseId""", Object[].class)
                .setParameter("ids", caseIds).getResultList()
                .forEach(row -> counts.put((UUID) row[0], ((Number) row[1]).intValue()));
        return counts;
    }

    public void flush() {
        entityManager.flush();
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
