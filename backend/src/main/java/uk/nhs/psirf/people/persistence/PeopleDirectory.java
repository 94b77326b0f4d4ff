package uk.nhs.psirf.people.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import uk.nhs.psirf.people.domain.Person;
import uk.nhs.psirf.people.domain.TrainingRecord;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Searches over people and their training records, read together so that a list needs two queries, not one a row. */
@ApplicationScoped
public class PeopleDirectory {
    private final EntityManager entityManager;

    public PeopleDirectory(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** People whose name or e-mail contains the text (any case), by name; everyone when the text is null. */
    public List<Person> search(String text, boolean activeOnly) {
        String where = " where 1 = 1" + (text == null ? "" : " and (lower(p.name) like :text or lower(p.email) like :text)")
                + (activeOnly ? " and p.active = true" : "");
        var query = entityManager.createQuery("select p from Person p" + where + " order by lower(p.name), p.id",
                Person.class);
        if (text != null) {
            query.setParameter("text", "%" + escapeLike(text.toLowerCase()) + "%");
        }
        return query.getResultList();
    }

    public Map<UUID, TrainingRecord> trainingOf(Collection<UUID> personIds) {
        if (personIds.isEmpty()) {
            return Map.of();
        }
        return entityManager.createQuery("select t from TrainingRecord t where t.personId in :ids", TrainingRecord.class)
                .setParameter("ids", personIds).getResultStream()
                .collect(Collectors.toMap(TrainingRecord::personId, Function.identity()));
    }

    public Map<UUID, String> names(Collection<UUID> personIds) {
        if (personIds.isEmpty()) {
            return new HashMap<>();
        }
        return entityManager.createQuery("select p.id, p.name from Person p where p.id in :ids", Object[].class)
                .setParameter("ids", personIds).getResultStream()
                .collect(Collectors.toMap(row -> (UUID) row[0], row -> (String) row[1], (a, b) -> a,
                        HashMap::new));
    }

    public void flush() {
        entityManager.flush();
    }

    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
