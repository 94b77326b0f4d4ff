package uk.nhs.psirf.candour.domain;

import com.fasterxml.jackson.annotation.JsonValue;

/** Where an event stands on Duty of Candour; the candour list shows overdue, then due, first. */
public enum CandourStatus {
    OVERDUE("overdue", "Overdue", 0),
    DUE("due", "Steps due", 1),
    NOT_DECIDED("not-decided", "Not yet decided", 2),
    COMPLETE("complete", "Complete", 3),
    NOT_NOTIFIABLE("not-notifiable", "Not notifiable", 4);

    private final String code;
    private final String display;
    private final int urgency;

    CandourStatus(String code, String display, int urgency) {
        this.code = code;
        this.display = display;
        this.urgency = urgency;
    }

    @JsonValue
    public String code() {
        return code;
    }

    public String display() {
        return display;
    }

    public int urgency() {
        return urgency;
    }
}
