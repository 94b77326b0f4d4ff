package uk.nhs.psirf.oversight.persistence;

/** What a group oversees: learning responses and improvement plans, each in at most one group. */
public enum Overseen {
    RESPONSE("learning response", "responseId", "learning-response"),
    PLAN("improvement plan", "planId", "improvement-plan");

    private final String what;
    private final String field;
    private final String entityType;

    Overseen(String what, String field, String entityType) {
        this.what = what;
        this.field = field;
        this.entityType = entityType;
    }

    /** e.g. "learning response", for messages. */
    public String what() {
        return what;
    }

    /** The path parameter naming it, for field errors. */
    public String field() {
        return field;
    }

    /** Its entity type in the audit trail. */
    public String entityType() {
        return entityType;
    }
}
