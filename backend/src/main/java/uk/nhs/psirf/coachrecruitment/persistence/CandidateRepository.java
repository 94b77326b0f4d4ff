package uk.nhs.psirf.coachrecruitment.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import uk.nhs.psirf.coachrecruitment.domain.Candidate;
import uk.nhs.psirf.coachrecruitment.domain.SignedStep;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

@ApplicationScoped
public class CandidateRepository {
    private final EntityManager entityManager;

    public CandidateRepository(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    public void add(Candidate candidate) {
        entityManager.persist(candidate);
    }

    public void add(SignedStep step) {
        entityManager.persist(step);
    }

    public void flush() {
        entityManager.flush();
    }

    public Optional<Candidate> find(UUID id) {
        return Optional.ofNullable(entityManager.find(Candidate.class, id));
    }

    /** Every candidate, those still on the pathway first, then the newest expressions of interest first. */
    public List<Candidate> all() {
        return entityManager.createQuery("select c from Candidate c order by"
                        + " case when c.withdrawnOn is null and c.coachId is null then 0 else 1 end,"
                        + " c.expressedOn desc, c.id", Candidate.class).getResultList();
    }

    /** The steps signed for this candidate, in the order they were recorded. */
    public List<SignedStep> steps(UUID candidateId) {
        return entityManager.createQuery("select s from SignedStep s where s.candidateId = :id"
                        + " order by s.recordedAt, s.doneOn", SignedStep.class)
                .setParameter("id", candidateId).getResultList();
    }

    /** The steps of many candidates at once, for the list. */
    public Map<UUID, List<SignedStep>> steps(Collection<UUID> candidateIds) {
        if (candidateIds.isEmpty()) {
            return Map.of();
        }
        return entityManager.createQuery("select s from SignedStep s where s.candidateId in :ids"
                        + " order by s.recordedAt, s.doneOn", SignedStep.class)
                .setParameter("ids", candidateIds).getResultStream()
                .collect(Collectors.groupingBy(SignedStep::candidateId));
    }
}
