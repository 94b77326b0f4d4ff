package uk.nhs.psirf.support;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Rows that triage writes (documents, cases, closed events), put straight into the database so that decisions can be
 * tested on their own, and reads of what decisions leave behind.
 */
@ApplicationScoped
public class DecisionRows {
    private final EntityManager entityManager;

    public DecisionRows(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    public String addDocument(String eventId, String kind, String title) {
        UUID id = UUID.randomUUID();
        QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery("""
                        insert into event_document (id, event_id, kind, title, text_content, content_type, size_bytes,
                            added_by_sub, added_by_name, added_at)
                        values (:id, :eventId, :kind, :title, 'Chronology text', 'text/plain', 15, 'sub-test',
                            'Test', :at)""")
                .setParameter("id", id).setParameter("eventId", UUID.fromString(eventId))
                .setParameter("kind", kind).setParameter("title", title).setParameter("at", Instant.now())
                .executeUpdate());
        return id.toString();
    }

    /** Opens a case holding these events and returns its id. */
    public String groupIntoCase(String title, String... eventIds) {
        UUID id = UUID.randomUUID();
        String reference = "CASE-T-" + id.toString().substring(0, 8);
        QuarkusTransaction.requiringNew().run(() -> {
            entityManager.createNativeQuery("""
                            insert into triage_case (id, reference, version, title, decided, created_by_sub,
                                created_at, updated_at)
                            values (:id, :reference, 0, :title, false, 'sub-test', :at, :at)""")
                    .setParameter("id", id).setParameter("reference", reference).setParameter("title", title)
                    .setParameter("at", Instant.now()).executeUpdate();
            entityManager.createNativeQuery("update patient_safety_event set case_id = :caseId where id in (:ids)")
                    .setParameter("caseId", id)
                    .setParameter("ids", java.util.Arrays.stream(eventIds).map(UUID::fromString).toList())
                    .executeUpdate();
        });
        return id.toString();
    }

    /** The panel as a decision recorded before the directory was used keeps it: one chair typed in, no person. */
    public void typeInPanel(String decisionId, String chairName) {
        UUID id = UUID.fromString(decisionId);
        QuarkusTransaction.requiringNew().run(() -> {
            entityManager.createNativeQuery("delete from panel_decision_member where decision_id = :id")
                    .setParameter("id", id).executeUpdate();
            entityManager.createNativeQuery("""
                            insert into panel_decision_member (decision_id, position, person_id, name, role, chair)
                            values (:id, 0, null, :name, 'Deputy Chief Nurse', true)""")
                    .setParameter("id", id).setParameter("name", chairName).executeUpdate();
        });
    }

    public void close(String eventId) {
        QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery(
                        "update patient_safety_event set status = 'closed' where id = :id")
                .setParameter("id", UUID.fromString(eventId)).executeUpdate());
    }

    public void makeInitialReportDue(String responseId, LocalDate dueOn) {
        QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery(
                        "update learning_response set initial_report_due_on = :dueOn where id = :id")
                .setParameter("dueOn", dueOn).setParameter("id", UUID.fromString(responseId)).executeUpdate());
    }

    public long responsesForDecision(String decisionId) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager.createNativeQuery(
                        "select count(*) from learning_response where decision_id = :id")
                .setParameter("id", UUID.fromString(decisionId)).getSingleResult()).longValue());
    }

    /** What the reporter of this event was told. */
    @SuppressWarnings("unchecked")
    public List<String> reporterMessages(String eventId) {
        return QuarkusTransaction.requiringNew().call(() -> entityManager.createNativeQuery(
                        "select message from reporter_notification where event_id = :id order by id")
                .setParameter("id", UUID.fromString(eventId)).getResultList());
    }

    /** The notes on the event's history, as stored (whoever may read them). */
    @SuppressWarnings("unchecked")
    public List<String> historyNotes(String eventId) {
        return QuarkusTransaction.requiringNew().call(() -> entityManager.createNativeQuery(
                        "select note from event_status_change where event_id = :id and note is not null order by id")
                .setParameter("id", UUID.fromString(eventId)).getResultList());
    }
}
