package uk.nhs.psirf.oversight;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import java.time.LocalDate;
import java.util.UUID;

/**
 * Rows other features own (people with a job role, team members, findings, improvement plans, safety actions),
 * put straight into the database so that the oversight views have something to count and to redact.
 */
@ApplicationScoped
public class OversightRows {
    private final EntityManager entityManager;

    public OversightRows(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    public String person(String name, String jobRole) {
        UUID id = UUID.randomUUID();
        run("insert into person (id, version, name, email, job_role, active, created_at, updated_at) "
                + "values ('" + id + "', 0, :a, :b, :c, true, now(), now())", name,
                "p-" + UUID.randomUUID() + "@example.nhs.uk", jobRole);
        return id.toString();
    }

    public void leadAndTeam(String responseId, String leadId, String memberId, String teamRole) {
        run("update learning_response set lead_person_id = '" + leadId + "' where id = '" + responseId + "'");
        run("insert into learning_response_team_member (response_id, person_id, team_role, added_at) values ('"
                + responseId + "', '" + memberId + "', :a, now())", teamRole);
    }

    /** A finding and a contributory factor of the "tasks" component, both naming the patient. */
    public void findingAndFactor(String responseId, String text) {
        run("insert into response_investigation (response_id, version, updated_by_sub, updated_at) values ('"
                + responseId + "', 0, 'test', now())");
        run("insert into investigation_finding (response_id, position, text) values ('" + responseId + "', 0, :a)",
                text);
        run("insert into investigation_factor (response_id, position, category, description) values ('"
                + responseId + "', 0, 'tasks', :a)", text);
    }

    public String plan(String title, String ownerId, String responseId) {
        UUID id = UUID.randomUUID();
        String reference = "SIP-T-" + id.toString().substring(0, 8);
        run("insert into improvement_plan (id, reference, version, title, scope, scope_detail, summary, "
                + "owner_person_id, review_on, status, created_at, updated_by_sub, updated_at) values ('" + id
                + "', '" + reference + "', 0, :a, 'theme', 'Falls', :a, '" + ownerId + "', date '2030-01-01', 'open', "
                + "now(), 'test', now())", title);
        if (responseId != null) {
            run("insert into improvement_plan_response (plan_id, response_id, added_at) values ('" + id + "', '"
                    + responseId + "', now())");
        }
        return id.toString();
    }

    /** An agreed action in progress, overdue since yesterday, found not effective; on the plan and the response. */
    public String overdueAction(String planId, String responseId, String ownerId, String title) {
        UUID id = UUID.randomUUID();
        String reference = "SA-T-" + id.toString().substring(0, 8);
        run("insert into safety_action (id, reference, version, title, description, source, response_id, plan_id, "
                + "owner_person_id, due_on, status, agreed_at, effectiveness, created_at, updated_by_sub, updated_at)"
                + " values ('" + id + "', '" + reference + "', 0, :a, :a, 'plan', "
                + (responseId == null ? "null" : "'" + responseId + "'") + ", '" + planId + "', '" + ownerId
                + "', date '" + LocalDate.now().minusDays(1) + "', 'in-progress', now(), 'not-effective', now(), "
                + "'test', now())", title);
        return reference;
    }

    private void run(String sql, String... values) {
        QuarkusTransaction.requiringNew().run(() -> {
            var query = entityManager.createNativeQuery(sql);
            String[] names = {"a", "b", "c"};
            for (int i = 0; i < values.length; i++) {
                query.setParameter(names[i], values[i]);
            }
            query.executeUpdate();
        });
    }
}
