package uk.nhs.psirf.engagement.domain;

import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Arrays;
import java.util.Optional;

/** The initial, ongoing and closing contacts of Appendices 4 and 5. */
public enum ContactStage {
    INITIAL("initial"), ONGOING("ongoing"), CLOSING("closing");

    private final String code;

    ContactStage(String code) {
        this.code = code;
    }

    @JsonValue
    public String code() {
        return code;
    }

    public static Optional<ContactStage> fromCode(String code) {
        return Arrays.stream(values()).filter(s -> s.code.equals(code)).findFirst();
    }
}
