package uk.nhs.psirf.support;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import java.time.Instant;
import java.util.UUID;

/** Who leads and works on a response, written straight into the database so that the counts can be tested alone. */
@ApplicationScoped
public class ContributionRows {
    private final EntityManager entityManager;

    public ContributionRows(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    public void lead(String responseId, String personId) {
        QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery(
                        "update learning_response set lead_person_id = :person where id = :id")
                .setParameter("person", UUID.fromString(personId)).setParameter("id", UUID.fromString(responseId))
                .executeUpdate());
    }

    public void joinTeam(String responseId, String personId) {
        QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery(
                        "insert into learning_response_team_member (response_id, person_id, team_role, added_at) "
                                + "values (:id, :person, 'Reviewer', now())")
                .setParameter("person", UUID.fromString(personId)).setParameter("id", UUID.fromString(responseId))
                .executeUpdate());
    }

    public void createdAt(String responseId, Instant at) {
        QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery(
                        "update learning_response set created_at = :at where id = :id")
                .setParameter("at", at).setParameter("id", UUID.fromString(responseId)).executeUpdate());
    }
}
