package uk.nhs.psirf.improvementplans;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** Safety actions (owned by the safety actions feature) and dates put straight into the database for plan tests. */
@ApplicationScoped
public class PlanRows {
    private final EntityManager entityManager;

    public PlanRows(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** A safety action of the plan; {@code dueOn} and the owner are set as an agreed action needs them. */
    public String action(String planId, String title, String status, LocalDate dueOn, String effectiveness,
                         String ownerPersonId) {
        UUID id = UUID.randomUUID();
        String reference = "SA-T-" + id.toString().substring(0, 8);
        boolean agreed = !status.equals("proposed") && !status.equals("cancelled");
        QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery("""
                        insert into safety_action (id, reference, version, title, source, plan_id, owner_person_id,
                            due_on, status, agreed_at, effectiveness, created_at, updated_by_sub, updated_at)
                        values (:id, :reference, 0, :title, 'plan', :plan, :owner, :due, :status,
                            case when :agreed then now() end, nullif(:effectiveness, ''), :at, 'test', :at)""")
                .setParameter("id", id).setParameter("reference", reference).setParameter("title", title)
                .setParameter("plan", UUID.fromString(planId)).setParameter("owner", UUID.fromString(ownerPersonId))
                .setParameter("due", dueOn).setParameter("status", status)
                .setParameter("agreed", agreed)
                .setParameter("effectiveness", effectiveness == null ? "" : effectiveness).setParameter("at", Instant.now()).executeUpdate());
        return id.toString();
    }

    /** Moves the plan's review date, e.g. into the past, as time passing would. */
    public void reviewOn(String planId, LocalDate reviewOn) {
        QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery(
                        "update improvement_plan set review_on = :on where id = :id")
                .setParameter("on", reviewOn).setParameter("id", UUID.fromString(planId)).executeUpdate());
    }
}
