package uk.nhs.psirf.responses.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import uk.nhs.psirf.people.Contributions;
import uk.nhs.psirf.people.api.YearCount;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** The people feature's {@link Contributions}, read from the responses and their teams. */
@ApplicationScoped
public class PeopleContributions implements Contributions {
    private static final String CONTRIBUTIONS = """
            select r.id as response_id, r.lead_person_id as person_id, r.created_at from learning_response r
             where r.lead_person_id is not null
            union
            select r.id, m.person_id, r.created_at from learning_response r
              join learning_response_team_member m on m.response_id = r.id
            """;
    private static final String YEAR = "cast(extract(year from c.created_at at time zone 'Europe/London') as integer)";

    private final EntityManager entityManager;

    public PeopleContributions(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Override
    @SuppressWarnings("unchecked")
    public List<YearCount> byYear(UUID personId) {
        List<Object[]> rows = entityManager.createNativeQuery("select " + YEAR + " as y, count(*) from ("
                        + CONTRIBUTIONS + ") c where c.person_id = :personId group by y order by y desc")
                .setParameter("personId", personId).getResultList();
        return rows.stream().map(r -> new YearCount(((Number) r[0]).intValue(), ((Number) r[1]).longValue())).toList();
    }

    @Override
    @SuppressWarnings("unchecked")
    public Map<UUID, Long> inYear(int year) {
        List<Object[]> rows = entityManager.createNativeQuery("select c.person_id, count(*) from (" + CONTRIBUTIONS
                        + ") c where " + YEAR + " = :year group by c.person_id")
                .setParameter("year", year).getResultList();
        Map<UUID, Long> counts = new HashMap<>();
        rows.forEach(r -> counts.put((UUID) r[0], ((Number) r[1]).longValue()));
        return counts;
    }

    @Override
    @SuppressWarnings("unchecked")
    public Set<UUID> everLed() {
        List<UUID> rows = entityManager.createNativeQuery(
                "select distinct lead_person_id from learning_response where lead_person_id is not null").getResultList();
        return new HashSet<>(rows);
    }
}
