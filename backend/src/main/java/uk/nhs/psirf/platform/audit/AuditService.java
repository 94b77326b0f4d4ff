package uk.nhs.psirf.platform.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import uk.nhs.psirf.platform.security.CurrentUser;
import uk.nhs.psirf.platform.time.Times;

import java.time.Clock;

/** Writes the audit trail: who, when, what, from where. */
@ApplicationScoped
public class AuditService {
    private final EntityManager entityManager;
    private final Clock clock;
    private final CurrentUser currentUser;
    private final ClientAddress clientAddress;

    public AuditService(EntityManager entityManager, Clock clock, CurrentUser currentUser, ClientAddress clientAddress) {
        this.entityManager = entityManager;
        this.clock = clock;
        this.currentUser = currentUser;
        this.clientAddress = clientAddress;
    }

    /** Records an action of the authenticated caller, in the caller's transaction so it commits or rolls back with it. */
    @Transactional
    public void record(AuditAction action, String entityType, String entityId, String detail) {
        recordAs(currentUser.sub(), currentUser.name(), action, entityType, entityId, detail);
    }

    @Transactional
    public void recordAs(String actor, String actorName, AuditAction action, String entityType, String entityId,
                         String detail) {
        entityManager.persist(new AuditEntry(Times.now(clock), actor, actorName, action, entityType, entityId, detail,
                clientAddress.current()));
    }

    /**
     * An action of an anonymous reporter on their own report. Neither their identity nor their address is
     * kept: either would undo the promise of anonymity to anyone who can read the audit trail.
     */
    @Transactional
    public void recordAnonymous(AuditAction action, String entityType, String entityId, String detail) {
        entityManager.persist(new AuditEntry(Times.now(clock), CurrentUser.ANONYMOUS, null, action, entityType,
                entityId, detail, null));
    }

    /**
     * A refusal is kept even though the request fails, hence its own transaction. Everything is passed in
     * because refusals are written off the request thread.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void recordRefusal(String actor, String actorName, AuditAction action, String entityType, String entityId,
                              String detail, String fromAddress) {
        entityManager.persist(new AuditEntry(Times.now(clock), actor, actorName, action, entityType, entityId, detail,
                fromAddress));
    }
}
