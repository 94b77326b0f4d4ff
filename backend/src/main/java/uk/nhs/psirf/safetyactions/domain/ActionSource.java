package uk.nhs.psirf.safetyactions.domain;

import java.util.Arrays;
import java.util.Optional;

/** Where a safety action came from: a learning response's findings, a theme across responses, or a plan. */
public enum ActionSource {
    RESPONSE("response"), THEME("theme"), PLAN("plan");

    private final String code;

    ActionSource(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static Optional<ActionSource> fromCode(String code) {
        return Arrays.stream(values()).filter(s -> s.code.equals(code)).findFirst();
    }
}
