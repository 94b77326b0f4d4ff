package uk.nhs.psirf.decisions.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Reads the documents added to events (table {@code event_document}, owned by triage) without their content: which
 * event each belongs to, its kind and title. Read-only, so that decisions do not depend on triage's entity.
 */
@ApplicationScoped
public class ReviewedDocuments {
    public record Document(UUID id, UUID eventId, String kind, String title) {
    }

    private final EntityManager entityManager;

    public ReviewedDocuments(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** The documents found, by id, in the order asked for. */
    public Map<UUID, Document> find(Collection<UUID> ids) {
        Map<UUID, Document> found = new LinkedHashMap<>();
        if (ids.isEmpty()) {
            return found;
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery(
                        "select id, event_id, kind, title from event_document where id in (:ids)")
                .setParameter("ids", ids).getResultList();
        Map<UUID, Document> byId = new LinkedHashMap<>();
        for (Object[] row : rows) {
            Document document = new Document((UUID) row[0], (UUID) row[1], (String) row[2], (String) row[3]);
            byId.put(document.id(), document);
        }
        for (UUID id : ids) {
            if (byId.containsKey(id)) {
                found.put(id, byId.get(id));
            }
        }
        return found;
    }
}
