package uk.nhs.psirf.triage.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import uk.nhs.psirf.triage.ReviewedDocument;
import uk.nhs.psirf.triage.domain.EventDocument;

import java.util.Collection;
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

    /** The documents with these ids, without their content; ids that name none are missing. */
    public List<ReviewedDocument> briefs(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return entityManager.createQuery(
                        "select d.id, d.eventId, d.kind, d.title from EventDocument d where d.id in :ids",
                        Object[].class)
                .setParameter("ids", ids).getResultStream()
                .map(r -> new ReviewedDocument((UUID) r[0], (UUID) r[1], (String) r[2], (String) r[3])).toList();
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
