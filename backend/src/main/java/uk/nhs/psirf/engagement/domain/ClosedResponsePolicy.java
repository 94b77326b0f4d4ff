package uk.nhs.psirf.engagement.domain;

/** Once a learning response is closed its engagement record is final: no more contacts or changes. */
public final class ClosedResponsePolicy {
    /** The status code of a closed learning response (compared as a code so it holds whatever else the status enum gains). */
    public static final String CLOSED = "closed";

    private ClosedResponsePolicy() {
    }

    public static boolean acceptsChanges(String responseStatusCode) {
        return !CLOSED.equals(responseStatusCode);
    }
}
