package uk.nhs.psirf.platform.error;

/**
 * The caller holds a role for the operation but not for this record (e.g. staff reading someone else's report).
 * The mapper audits it as {@code denied}; the response says no more than a role refusal would.
 */
public class AccessDeniedException extends RuntimeException {
    private final String entityType;
    private final String entityId;

    public AccessDeniedException(String entityType, String entityId) {
        super("access denied to " + entityType, null, false, false);
        this.entityType = entityType;
        this.entityId = entityId;
    }

    public String entityType() {
        return entityType;
    }

    public String entityId() {
        return entityId;
    }
}
