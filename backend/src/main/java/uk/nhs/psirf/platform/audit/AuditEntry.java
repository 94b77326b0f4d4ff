package uk.nhs.psirf.platform.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

import java.time.Instant;

/** One line of the append-only audit trail (a database trigger refuses UPDATE and DELETE). */
@Entity
@Immutable
@Table(name = "audit_entry")
public class AuditEntry {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "audit_entry_id")
    @SequenceGenerator(name = "audit_entry_id", sequenceName = "audit_entry_id_seq", allocationSize = 50)
    private Long id;

    @Column(nullable = false)
    private Instant at;

    @Column(nullable = false, length = 100)
    private String actor;

    @Column(name = "actor_name", length = 200)
    private String actorName;

    @Column(nullable = false, length = 20)
    private String action;

    @Column(name = "entity_type", nullable = false, length = 50)
    private String entityType;

    @Column(name = "entity_id", length = 100)
    private String entityId;

    @Column(length = 1000)
    private String detail;

    @Column(name = "client_address", length = 100)
    private String clientAddress;

    protected AuditEntry() {
    }

    AuditEntry(Instant at, String actor, String actorName, AuditAction action, String entityType, String entityId,
               String detail, String clientAddress) {
        this.at = at;
        this.actor = truncate(actor, 100);
        this.actorName = truncate(actorName, 200);
        this.action = action.code();
        this.entityType = truncate(entityType, 50);
        this.entityId = truncate(entityId, 100);
        this.detail = truncate(detail, 1000);
        this.clientAddress = truncate(clientAddress, 100);
    }

    private static String truncate(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max);
    }

    public Long id() {
        return id;
    }

    public Instant at() {
        return at;
    }

    public String actor() {
        return actor;
    }

    public String actorName() {
        return actorName;
    }

    public String action() {
        return action;
    }

    public String entityType() {
        return entityType;
    }

    public String entityId() {
        return entityId;
    }

    public String detail() {
        return detail;
    }

    public String clientAddress() {
        return clientAddress;
    }
}
