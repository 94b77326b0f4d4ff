package uk.nhs.psirf.support;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import uk.nhs.psirf.platform.security.Roles;

import java.time.Instant;
import java.util.UUID;

/** People of the directory and lead assignments, put straight into the database for the tests of other features. */
@ApplicationScoped
public class PeopleRows {
    private final EntityManager entityManager;

    public PeopleRows(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** A user with a name of their own (so their e-mail address is unique) and a person record for them. */
    public static TestUser uniqueUser(String name, String... roles) {
        return Tokens.user(name + " " + UUID.randomUUID().toString().substring(0, 8), roles);
    }

    public static TestUser uniqueLead() {
        return uniqueUser("Lee Lead", Roles.LEARNING_RESPONSE_LEAD, Roles.STAFF);
    }

    /** The person record of this user, matched by the e-mail address their token carries. */
    public String personFor(TestUser user) {
        UUID id = UUID.randomUUID();
        String email = user.name().toLowerCase().replace(' ', '.') + "@example.nhs.uk";
        QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery("""
                        insert into person (id, version, name, email, active, created_at, updated_at)
                        values (:id, 0, :name, :email, true, :at, :at)""")
                .setParameter("id", id).setParameter("name", user.name()).setParameter("email", email)
                .setParameter("at", Instant.now()).executeUpdate());
        return id.toString();
    }

    /** Gives the user a person record and makes them the lead of the response; returns their person id. */
    public String makeLead(TestUser user, String responseId) {
        String personId = personFor(user);
        assignLead(responseId, personId);
        return personId;
    }

    public void assignLead(String responseId, String personId) {
        QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery(
                        "update learning_response set lead_person_id = :person where id = :id")
                .setParameter("person", UUID.fromString(personId)).setParameter("id", UUID.fromString(responseId))
                .executeUpdate());
    }
}
