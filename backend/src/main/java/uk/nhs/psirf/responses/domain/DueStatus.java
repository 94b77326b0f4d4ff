package uk.nhs.psirf.responses.domain;

import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Arrays;
import java.util.Optional;

public enum DueStatus {
    ON_TRACK("on-track"),
    NEAR_DUE("near-due"),
    OVERDUE("overdue"),
    /** A closed response is no longer due: its target is history. */
    CLOSED("closed");

    private final String code;

    DueStatus(String code) {
        this.code = code;
    }

    @JsonValue
    public String code() {
        return code;
    }

    public static Optional<DueStatus> fromCode(String code) {
        return Arrays.stream(values()).filter(s -> s.code.equals(code)).findFirst();
    }
}
