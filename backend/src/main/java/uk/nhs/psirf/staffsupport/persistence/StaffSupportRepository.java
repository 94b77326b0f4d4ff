package uk.nhs.psirf.staffsupport.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import uk.nhs.psirf.staffsupport.api.StaffInvolvedView;
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

    /** The staff named on the reports of the response's events, each name and role once. */
    @SuppressWarnings("unchecked")
    public List<StaffInvolvedView> staffInvolvedInEvents(UUID responseId) {
        List<Object[]> rows = entityManager.createNativeQuery("""
                        select distinct s.name, s.role from event_staff_involved s
                        join learning_response_event e on e.event_id = s.event_id
                        where e.response_id = :id order by s.name, s.role""")
                .setParameter("id", responseId).getResultList();
        return rows.stream().map(r -> new StaffInvolvedView((String) r[0], (String) r[1])).toList();
    }
}
