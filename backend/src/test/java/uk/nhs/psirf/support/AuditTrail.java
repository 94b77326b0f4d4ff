package uk.nhs.psirf.support;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import uk.nhs.psirf.platform.audit.AuditAction;
import uk.nhs.psirf.platform.audit.AuditEntry;

import java.util.List;

/** Reads the audit trail straight from the database, to check what the API recorded. */
@ApplicationScoped
public class AuditTrail {
    private final EntityManager entityManager;

    public AuditTrail(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    public List<AuditEntry> byActor(String actor) {
        return QuarkusTransaction.requiringNew().call(() -> entityManager.createQuery(
                        "select a from AuditEntry a where a.actor = :actor order by a.id", AuditEntry.class)
                .setParameter("actor", actor).getResultList());
    }

    public List<AuditEntry> byEntity(String entityId) {
        return QuarkusTransaction.requiringNew().call(() -> entityManager.createQuery(
                        "select a from AuditEntry a where a.entityId = :id order by a.id", AuditEntry.class)
                .setParameter("id", entityId).getResultList());
    }

    /** The refusals (action {@code denied}) of this actor, oldest first. */
    public List<AuditEntry> refusals(String actor) {
        return QuarkusTransaction.requiringNew().call(() -> entityManager.createQuery(
                        "select a from AuditEntry a where a.actor = :actor and a.action = :action order by a.id",
                        AuditEntry.class)
                .setParameter("actor", actor).setParameter("action", AuditAction.DENIED.code()).getResultList());
    }

    public boolean hasEntry(String actor, String action, String detailPart) {
        return byActor(actor).stream().anyMatch(a -> a.action().equals(action)
                && (detailPart == null || (a.detail() != null && a.detail().contains(detailPart))));
    }
}
