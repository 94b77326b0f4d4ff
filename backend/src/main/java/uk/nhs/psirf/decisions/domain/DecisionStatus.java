package uk.nhs.psirf.decisions.domain;

import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Arrays;
import java.util.Optional;

/** A decision waits for the chair's approval; only then are the events decided and the response created. */
public enum DecisionStatus {
    AWAITING_CHAIR_APPROVAL("awaiting-chair-approval"),
    APPROVED("approved");

    private final String code;

    DecisionStatus(String code) {
        this.code = code;
    }

    @JsonValue
    public String code() {
        return code;
    }

    public static Optional<DecisionStatus> fromCode(String code) {
        return Arrays.stream(values()).filter(s -> s.code.equals(code)).findFirst();
    }
}
