package uk.nhs.psirf.kernel;

import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Arrays;
import java.util.Optional;

/** The planned responses of policy §10: PSII and the other learning responses, or none, or referral elsewhere. */
public enum ResponseType {
    PSII("psii", "Patient safety incident investigation (PSII)"),
    MULTI_INCIDENT_REVIEW("multi-incident-review", "Multi-incident review (MDT)"),
    SWARM_HUDDLE("swarm-huddle", "Swarm huddle (hot debrief)"),
    AFTER_ACTION_REVIEW("after-action-review", "After action review (AAR)"),
    NO_FURTHER_LEARNING_RESPONSE("no-further-learning-response", "No further learning response"),
    REFERRAL("referral", "Referral to another organisation or process");

    private final String code;
    private final String display;

    ResponseType(String code, String display) {
        this.code = code;
        this.display = display;
    }

    @JsonValue
    public String code() {
        return code;
    }

    public String display() {
        return display;
    }

    public static Optional<ResponseType> fromCode(String code) {
        return Arrays.stream(values()).filter(t -> t.code.equals(code)).findFirst();
    }
}
