package uk.nhs.psirf.responses.domain;

import com.fasterxml.jackson.annotation.JsonValue;

/** Where the day-3 initial report to the partner organisations stands; {@code closed} once the response is closed unsent. */
public enum InitialReportStatus {
    SENT("sent"), DUE("due"), OVERDUE("overdue"), NOT_REQUIRED("not-required"), CLOSED("closed");

    private final String code;

    InitialReportStatus(String code) {
        this.code = code;
    }

    @JsonValue
    public String code() {
        return code;
    }
}
