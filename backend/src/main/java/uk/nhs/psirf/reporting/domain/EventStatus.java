package uk.nhs.psirf.reporting.domain;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Arrays;
import java.util.Optional;

public enum EventStatus {
    @JsonProperty("submitted") SUBMITTED("submitted"),
    @JsonProperty("in-triage") IN_TRIAGE("in-triage"),
    @JsonProperty("decided") DECIDED("decided"),
    @JsonProperty("closed") CLOSED("closed");

    private final String code;

    EventStatus(String code) {
        this.code = code;
    }

    @JsonValue
    public String code() {
        return code;
    }

    public static Optional<EventStatus> fromCode(String code) {
        return Arrays.stream(values()).filter(s -> s.code.equals(code)).findFirst();
    }
}
