package uk.nhs.psirf.investigation.domain;

import com.fasterxml.jackson.annotation.JsonValue;

/** A step still to do before a learning response may close; {@code field} names it in a refusal. */
public enum OpenStep {
    FINAL_REPORT("final-report", "finalReport",
            "Write the final report: its summary and at least one finding"),
    DRAFT_SHARED("draft-shared", "draftSharing",
            "Share the draft report with those affected, or record why it was not shared"),
    OVERSIGHT_SIGN_OFF("oversight-sign-off", "signOff",
            "Record the sign-off of an overseer who has completed oversight training");

    private final String code;
    private final String field;
    private final String message;

    OpenStep(String code, String field, String message) {
        this.code = code;
        this.field = field;
        this.message = message;
    }

    @JsonValue
    public String code() {
        return code;
    }

    public String field() {
        return field;
    }

    public String message() {
        return message;
    }
}
