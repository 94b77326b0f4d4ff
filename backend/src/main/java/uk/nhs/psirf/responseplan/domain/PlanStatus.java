package uk.nhs.psirf.responseplan.domain;

import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Arrays;
import java.util.Optional;

/** A draft becomes in force when approved; approving a later version supersedes it. */
public enum PlanStatus {
    DRAFT("draft"), IN_FORCE("in-force"), SUPERSEDED("superseded");

    private final String code;

    PlanStatus(String code) {
        this.code = code;
    }

    @JsonValue
    public String code() {
        return code;
    }

    public boolean approved() {
        return this != DRAFT;
    }

    public static Optional<PlanStatus> fromCode(String code) {
        return Arrays.stream(values()).filter(s -> s.code.equals(code)).findFirst();
    }
}
