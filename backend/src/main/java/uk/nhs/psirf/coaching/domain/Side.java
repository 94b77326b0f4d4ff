package uk.nhs.psirf.coaching.domain;

import java.util.Arrays;
import java.util.Optional;

/** The two sides of a coaching contract: the coach (or coaches) and the coachee (a person, or a team's contact). */
public enum Side {
    COACH("coach"), COACHEE("coachee");

    private final String code;

    Side(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static Optional<Side> fromCode(String code) {
        return Arrays.stream(values()).filter(s -> s.code.equals(code)).findFirst();
    }
}
