package uk.nhs.psirf.engagement.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import uk.nhs.psirf.engagement.domain.EngagementContact;
import uk.nhs.psirf.engagement.domain.PersonAffected;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class EngagementRepository {
    private final EntityManager entityManager;

    public EngagementRepository(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    public void add(PersonAffected person) {
        entityManager.persist(person);
    }

    public void add(EngagementContact contact) {
        entityManager.persist(contact);
    }

    public void flush() {
        entityManager.flush();
    }

    public Optional<PersonAffected> find(UUID responseId, UUID personAffectedId) {
        return Optional.ofNullable(entityManager.find(PersonAffected.class, personAffectedId))
                .filter(p -> p.responseId().equals(responseId));
    }

    public List<PersonAffected> peopleAffected(UUID responseId) {
        return entityManager.createQuery("select p from PersonAffected p where p.responseId = :responseId"
                        + " order by p.createdAt, p.id", PersonAffected.class)
                .setParameter("responseId", responseId).getResultList();
    }

    /** Oldest first, so the last one is the latest contact. */
    public List<EngagementContact> contacts(UUID personAffectedId) {
        return entityManager.createQuery("select c from EngagementContact c where c.personAffectedId = :id"
                        + " order by c.contactedOn, c.recordedAt", EngagementContact.class)
                .setParameter("id", personAffectedId).getResultList();
    }
}
