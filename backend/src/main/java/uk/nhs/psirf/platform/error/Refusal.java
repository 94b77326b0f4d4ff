package uk.nhs.psirf.platform.error;

/**
 * The two kinds of 403, told apart in the problem's {@code detail} and in the audit row's detail: the role check
 * ({@code @RolesAllowed}: none of the caller's roles is in the operation's {@code x-psirf-roles}) and a per-record
 * refusal ({@link AccessDeniedException}: a role that may call the operation, but not on this record, e.g. the lead
 * of another response). Both keep the stable code {@code forbidden}; neither says anything about the record.
 */
public enum Refusal {
    ROLE("Your roles do not allow this", "(refused by the role check)"),
    RECORD("Your roles allow this, but not on this record", "(refused for this record)");

    private final String detail;
    private final String auditSuffix;

    Refusal(String detail, String auditSuffix) {
        this.detail = detail;
        this.auditSuffix = auditSuffix;
    }

    /** The problem's {@code detail}. */
    public String detail() {
        return detail;
    }

    /** Ends the audit row's detail, after "METHOD /path". */
    public String auditSuffix() {
        return auditSuffix;
    }
}
