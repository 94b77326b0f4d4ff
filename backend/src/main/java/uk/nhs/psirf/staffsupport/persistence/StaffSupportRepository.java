package uk.nhs.psirf.staffsupport.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import uk.nhs.psirf.staffsupport.domain.StaffSupport;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class StaffSupportRepository {
    private final EntityManager entityManager;

    public StaffSupportRepository(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    public void add(StaffSupport support) {
        entityManager.persist(support);
    }

    public void flush() {
        entityManager.flush();
    }

    public Optional<StaffSupport> find(UUID responseId, UUID supportId) {
        return Optional.ofNullable(entityManager.find(StaffSupport.class, supportId))
                .filter(s -> s.responseId().equals(responseId));
    }

    public List<StaffSupport> forResponse(UUID responseId) {
        return entityManager.createQuery("select s from StaffSupport s where s.responseId = :responseId"
                        + " order by s.createdAt, s.id", StaffSupport.class)
                .setParameter("responseId", responseId).getResultList();
    }

    /** The records in which the person is the line manager or the reviewer, oldest first. */
    public List<StaffSupport> givenBy(UUID personId) {
        return entityManager.createQuery("select s from StaffSupport s where s.lineManagerPersonId = :person"
                        + " or s.reviewerPersonId = :person order by s.createdAt, s.id", StaffSupport.class)
                .setParameter("person", personId).getResultList();
    }
}
