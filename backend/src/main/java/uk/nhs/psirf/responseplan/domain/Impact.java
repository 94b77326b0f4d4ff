package uk.nhs.psirf.responseplan.domain;

import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Arrays;
import java.util.Optional;

/** RAPID: positive (could benefit), negative (could disadvantage) or no impact on a group. */
public enum Impact {
    POSITIVE("positive"), NEGATIVE("negative"), NO_IMPACT("no-impact");

    private final String code;

    Impact(String code) {
        this.code = code;
    }

    @JsonValue
    public String code() {
        return code;
    }

    public static Optional<Impact> fromCode(String code) {
        return Arrays.stream(values()).filter(i -> i.code.equals(code)).findFirst();
    }
}
