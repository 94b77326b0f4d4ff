package uk.nhs.psirf.platform.audit;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.time.Instant;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record AuditEntryView(long id, Instant at, String actor, String actorName, String action, String entityType,
                             String entityId, String detail, String clientAddress) {
    static AuditEntryView of(AuditEntry entry) {
        return new AuditEntryView(entry.id(), entry.at(), entry.actor(), entry.actorName(), entry.action(),
                entry.entityType(), entry.entityId(), entry.detail(), entry.clientAddress());
    }
}
