package uk.nhs.psirf.platform.error;

/** The stable codes of the {@code Problem} schema; clients rely on them, so never rename one. */
public enum ProblemCode {
    VALIDATION_FAILED("validation-failed", 400, "There is a problem with the request"),
    MALFORMED_BODY("malformed-body", 400, "The request body could not be read"),
    UNAUTHENTICATED("unauthenticated", 401, "Sign in to continue"),
    FORBIDDEN("forbidden", 403, "You do not have permission to do this"),
    NOT_FOUND("not-found", 404, "Not found"),
    METHOD_NOT_ALLOWED("method-not-allowed", 405, "Method not allowed"),
    NOT_ACCEPTABLE("not-acceptable", 406, "Not acceptable"),
    STALE_VERSION("stale-version", 409, "Someone else changed this first"),
    CONFLICT("conflict", 409, "Conflict"),
    UNSUPPORTED_MEDIA_TYPE("unsupported-media-type", 415, "Unsupported media type"),
    INTERNAL_ERROR("internal-error", 500, "Sorry, there is a problem with the service");

    private final String value;
    private final int status;
    private final String title;

    ProblemCode(String value, int status, String title) {
        this.value = value;
        this.status = status;
        this.title = title;
    }

    public String value() {
        return value;
    }

    public int status() {
        return status;
    }

    public String title() {
        return title;
    }
}
