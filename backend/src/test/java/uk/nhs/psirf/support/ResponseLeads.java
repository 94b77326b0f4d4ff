package uk.nhs.psirf.support;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import uk.nhs.psirf.platform.security.Roles;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * People with training records put straight into the database (their own feature has its own tests), and the
 * learning response leads who sign in as them: the token's e-mail is the person's e-mail.
 */
@ApplicationScoped
public class ResponseLeads {
    private final EntityManager entityManager;

    public ResponseLeads(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** A fresh, uniquely named lead user (e.g. "Lee Lead-3f2a1b"). */
    public static TestUser leadUser(String name) {
        return Tokens.user(name + "-" + UUID.randomUUID().toString().substring(0, 6), Roles.LEARNING_RESPONSE_LEAD,
                Roles.STAFF);
    }

    public static String emailOf(TestUser user) {
        return user.name().toLowerCase().replace(' ', '.') + "@example.nhs.uk";
    }

    /** A person qualified to lead and to lead engagement (policy §4). */
    public String qualifiedPerson(TestUser user) {
        return person(user.name(), emailOf(user), true);
    }

    /** A person with level 1 only: not qualified to lead. */
    public String personWithoutLevel2(String name) {
        return person(name + " " + UUID.randomUUID().toString().substring(0, 6),
                "p-" + UUID.randomUUID() + "@example.nhs.uk", false);
    }

    public String qualifiedPerson(String name) {
        return person(name + " " + UUID.randomUUID().toString().substring(0, 6),
                "p-" + UUID.randomUUID() + "@example.nhs.uk", true);
    }

    /** Moves the start of a response back, as if it had started {@code days} ago. */
    public void startedDaysAgo(String responseId, int days) {
        QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery(
                        "update learning_response set started_at = :at where id = :id")
                .setParameter("at", Instant.now().minus(Duration.ofDays(days)))
                .setParameter("id", UUID.fromString(responseId)).executeUpdate());
    }

    /** An extension recorded before those who agreed were chosen from the people affected: a name typed in. */
    public void typedInExtension(String responseId, String name, String relationship) {
        UUID id = UUID.randomUUID();
        QuarkusTransaction.requiringNew().run(() -> {
            entityManager.createNativeQuery("""
                            insert into learning_response_extension (id, response_id, previous_target_on, new_target_on,
                                reason, recorded_by_sub, recorded_by_name, recorded_at)
                            values (:id, :responseId, current_date, current_date + 30, 'Typed in', 'sub-old', 'Old',
                                now())""")
                    .setParameter("id", id).setParameter("responseId", UUID.fromString(responseId)).executeUpdate();
            entityManager.createNativeQuery("""
                            insert into learning_response_extension_agreement (extension_id, position, name,
                                relationship)
                            values (:id, 0, :name, :relationship)""")
                    .setParameter("id", id).setParameter("name", name).setParameter("relationship", relationship)
                    .executeUpdate();
        });
    }

    private String person(String name, String email, boolean level2) {
        UUID id = UUID.randomUUID();
        Instant now = Instant.now();
        QuarkusTransaction.requiringNew().run(() -> {
            entityManager.createNativeQuery("""
                            insert into person (id, version, name, email, job_role, active, created_at, updated_at)
                            values (:id, 0, :name, :email, 'Matron', true, :at, :at)""")
                    .setParameter("id", id).setParameter("name", name).setParameter("email", email)
                    .setParameter("at", now).executeUpdate();
            entityManager.createNativeQuery("""
                            insert into training_record (person_id, version, level1_completed_on, level2_completed_on,
                                learning_from_incidents_days, engagement_training_hours, oversight_training_days,
                                updated_at)
                            values (:id, 0, :l1, """ + (level2 ? "date '2025-03-10'" : "null") + """
                                , 2, 6, 1, :at)""")
                    .setParameter("id", id).setParameter("l1", LocalDate.of(2025, 1, 10))
                    .setParameter("at", now).executeUpdate();
        });
        return id.toString();
    }
}
