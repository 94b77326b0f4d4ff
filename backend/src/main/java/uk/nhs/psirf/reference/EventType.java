package uk.nhs.psirf.reference;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Arrays;

/** What kind of event is reported (the LFPSE record types the trust uses). */
public enum EventType {
    @JsonProperty("incident") INCIDENT("incident", "Incident", "Something went wrong and affected, or could have affected, a patient"),
    @JsonProperty("near-miss") NEAR_MISS("near-miss", "Near miss", "Something went wrong but was caught before it reached the patient"),
    @JsonProperty("no-harm-incident") NO_HARM_INCIDENT("no-harm-incident", "No harm incident", "Something reached the patient but caused no harm"),
    @JsonProperty("good-care") GOOD_CARE("good-care", "Good care", "Care that went well and that others can learn from");

    private final String code;
    private final String display;
    private final String hint;

    EventType(String code, String display, String hint) {
        this.code = code;
        this.display = display;
        this.hint = hint;
    }

    @JsonValue
    public String code() {
        return code;
    }

    public Code view() {
        return new Code(code, display, hint);
    }

    public static EventType fromCode(String code) {
        return Arrays.stream(values()).filter(t -> t.code.equals(code)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown event type " + code));
    }
}
