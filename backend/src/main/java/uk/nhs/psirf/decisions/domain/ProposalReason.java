package uk.nhs.psirf.decisions.domain;

import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Arrays;
import java.util.Optional;

/** Why the rules propose what they propose. */
public enum ProposalReason {
    DEATH_OR_SEVERE_HARM("death-or-severe-harm"),
    PLAN("plan"),
    NO_PLAN_PRIORITY("no-plan-priority"),
    NO_PLAN_IN_FORCE("no-plan-in-force");

    private final String code;

    ProposalReason(String code) {
        this.code = code;
    }

    @JsonValue
    public String code() {
        return code;
    }

    public static Optional<ProposalReason> fromCode(String code) {
        return Arrays.stream(values()).filter(r -> r.code.equals(code)).findFirst();
    }
}
