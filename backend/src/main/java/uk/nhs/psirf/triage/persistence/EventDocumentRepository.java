package uk.nhs.psirf.triage.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import uk.nhs.psirf.triage.domain.EventDocument;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class EventDocumentRepository {
    private final EntityManager entityManager;

    public EventDocumentRepository(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    public void add(EventDocument document) {
        entityManager.persist(document);
    }

    /** An event's documents, oldest first, without their content (loaded lazily). */
    public List<EventDocument> ofEvent(UUID eventId) {
        return entityManager.createQuery(
                        "select d from EventDocument d where d.eventId = :eventId order by d.addedAt, d.id",
                        EventDocument.class)
                .setParameter("eventId", eventId).getResultList();
    }

    /** The document only if it belongs to that event. */
    public Optional<EventDocument> find(UUID eventId, UUID documentId) {
        return Optional.ofNullable(entityManager.find(EventDocument.class, documentId))
                .filter(d -> d.eventId().equals(eventId));
    }

    public void flush() {
        entityManager.flush();
    }
}
