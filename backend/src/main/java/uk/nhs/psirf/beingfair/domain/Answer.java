package uk.nhs.psirf.beingfair.domain;

import java.util.Arrays;
import java.util.Optional;

/** An answer to one question of the tool; "unsure" (or "unknown") never counts as yes. */
public enum Answer {
    YES("yes"), NO("no"), UNSURE("unsure");

    private final String code;

    Answer(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public boolean isYes() {
        return this == YES;
    }

    public static Optional<Answer> fromCode(String code) {
        return Arrays.stream(values()).filter(a -> a.code.equals(code)).findFirst();
    }
}
