package uk.nhs.psirf.safetyactions.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Small native reads of the tables other features own (learning responses, improvement plans, the people directory)
 * that actions point at: whether they exist, a plan's status, references and names for lists.
 */
@ApplicationScoped
public class ActionLinks {
    private final EntityManager entityManager;

    public ActionLinks(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** The plan's status ({@code open} or {@code closed}), when the plan exists. */
    public Optional<String> planStatus(UUID planId) {
        return entityManager.createNativeQuery("select status from improvement_plan where id = :id", String.class)
                .setParameter("id", planId).getResultStream().map(String.class::cast).findFirst();
    }

    public boolean responseExists(UUID responseId) {
        return !entityManager.createNativeQuery("select 1 from learning_response where id = :id")
                .setParameter("id", responseId).getResultList().isEmpty();
    }

    /** The learning responses this person leads. */
    public List<UUID> responsesLedBy(UUID personId) {
        return entityManager.createNativeQuery("select id from learning_response where lead_person_id = :person",
                        UUID.class)
                .setParameter("person", personId).getResultStream().map(UUID.class::cast).toList();
    }

    public Map<UUID, String> responseReferences(Collection<UUID> ids) {
        return pairs("select id, reference from learning_response where id in (:ids)", ids);
    }

    public Map<UUID, String> planReferences(Collection<UUID> ids) {
        return pairs("select id, reference from improvement_plan where id in (:ids)", ids);
    }

    public Map<UUID, String> personNames(Collection<UUID> ids) {
        return pairs("select id, name from person where id in (:ids)", ids);
    }

    private Map<UUID, String> pairs(String sql, Collection<UUID> ids) {
        Map<UUID, String> found = new HashMap<>();
        List<UUID> wanted = ids.stream().filter(java.util.Objects::nonNull).distinct().toList();
        if (wanted.isEmpty()) {
            return found;
        }
        List<?> rows = entityManager.createNativeQuery(sql).setParameter("ids", wanted).getResultList();
        for (Object row : rows) {
            Object[] columns = (Object[]) row;
            found.put((UUID) columns[0], (String) columns[1]);
        }
        return found;
    }
}
