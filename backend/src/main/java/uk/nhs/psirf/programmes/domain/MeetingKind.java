package uk.nhs.psirf.programmes.domain;

import java.util.Arrays;
import java.util.Optional;

/** A community's ordinary meeting, or a reflective practice session (with a facilitator and a theme). */
public enum MeetingKind {
    MEETING("meeting"), REFLECTIVE_PRACTICE("reflective-practice");

    private final String code;

    MeetingKind(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static Optional<MeetingKind> fromCode(String code) {
        return Arrays.stream(values()).filter(k -> k.code.equals(code)).findFirst();
    }
}
