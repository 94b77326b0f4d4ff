package uk.nhs.psirf.safetyactions.domain;

import java.util.Arrays;
import java.util.Optional;

/** The outcome of an effectiveness review (policy §15.1). */
public enum Effectiveness {
    EFFECTIVE("effective"), PARTLY_EFFECTIVE("partly-effective"), NOT_EFFECTIVE("not-effective");

    private final String code;

    Effectiveness(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static Optional<Effectiveness> fromCode(String code) {
        return Arrays.stream(values()).filter(s -> s.code.equals(code)).findFirst();
    }
}
