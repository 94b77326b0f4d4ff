package uk.nhs.psirf.platform.audit;

import java.time.Instant;
import java.util.Optional;

/** Filters of the audit trail; {@code to} is exclusive. */
public record AuditFilter(Optional<String> actor, Optional<String> entityType, Optional<String> entityId,
                          Optional<AuditAction> action, Optional<Instant> from, Optional<Instant> to) {
}
