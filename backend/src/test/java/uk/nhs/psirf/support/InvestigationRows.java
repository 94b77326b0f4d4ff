package uk.nhs.psirf.support;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** People with or without oversight training, and the lead of a response, put straight into the database. */
@ApplicationScoped
public class InvestigationRows {
    private final EntityManager entityManager;

    public InvestigationRows(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** A person whose e-mail is the one {@link Tokens} gives this test user, so the user signs in as them. */
    public String personFor(TestUser user) {
        return addPerson(user.name(), user.name().toLowerCase().replace(' ', '.') + "@example.nhs.uk", 0, 0);
    }

    /** Two days of learning from incidents and a day of oversight training (policy §4). */
    public String trainedOverseer() {
        return addPerson("Olive Overseer", "olive." + UUID.randomUUID() + "@example.nhs.uk", 2, 1);
    }

    /** Two days of learning from incidents but no oversight training. */
    public String untrainedOverseer() {
        return addPerson("Una Untrained", "una." + UUID.randomUUID() + "@example.nhs.uk", 2, 0);
    }

    public void assignLead(String responseId, String personId) {
        QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery(
                        "update learning_response set lead_person_id = :person where id = :id")
                .setParameter("person", UUID.fromString(personId)).setParameter("id", UUID.fromString(responseId))
                .executeUpdate());
    }

    /** Closes a response as the closure use case would once its steps are done (that path is tested on its own). */
    public void close(String responseId) {
        QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery(
                        "update learning_response set status = 'closed', closed_at = now() where id = :id")
                .setParameter("id", UUID.fromString(responseId)).executeUpdate());
    }

    private String addPerson(String name, String email, int learningDays, int oversightDays) {
        UUID id = UUID.randomUUID();
        QuarkusTransaction.requiringNew().run(() -> {
            entityManager.createNativeQuery("""
                            insert into person (id, version, name, email, active, created_at, updated_at)
                            values (:id, 0, :name, :email, true, :at, :at)""")
                    .setParameter("id", id).setParameter("name", name).setParameter("email", email)
                    .setParameter("at", Instant.now()).executeUpdate();
            entityManager.createNativeQuery("""
                            insert into training_record (person_id, version, learning_from_incidents_days,
                                oversight_training_days, updated_at)
                            values (:id, 0, :learning, :oversight, :at)""")
                    .setParameter("id", id).setParameter("learning", BigDecimal.valueOf(learningDays))
                    .setParameter("oversight", BigDecimal.valueOf(oversightDays))
                    .setParameter("at", Instant.now()).executeUpdate();
        });
        return id.toString();
    }
}
