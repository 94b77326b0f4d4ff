package uk.nhs.psirf.safetyactions;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** Improvement plans put straight into the database: the plans feature owns them and has its own tests. */
@ApplicationScoped
public class PlanRows {
    private final EntityManager entityManager;

    public PlanRows(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    public String plan(String ownerPersonId, boolean closed) {
        UUID id = UUID.randomUUID();
        Instant now = Instant.now();
        QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery(
                        "insert into improvement_plan (id, reference, version, title, scope, scope_detail,"
                                + " owner_person_id, review_on, status, closed_at, created_at, updated_by_sub, updated_at)"
                                + " values (:id, :reference, 0, 'Falls prevention', 'theme', 'Falls', :owner, :reviewOn,"
                                + " :status, " + (closed ? "now()" : "null") + ", :at, 'test', :at)")
                .setParameter("id", id)
                .setParameter("reference", "SIP-T-" + id.toString().substring(0, 8))
                .setParameter("owner", UUID.fromString(ownerPersonId))
                .setParameter("reviewOn", LocalDate.now().plusMonths(6))
                .setParameter("status", closed ? "closed" : "open")
                .setParameter("at", now).executeUpdate());
        return id.toString();
    }
}
