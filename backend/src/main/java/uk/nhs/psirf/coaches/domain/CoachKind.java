package uk.nhs.psirf.coaches.domain;

import java.util.Arrays;
import java.util.Optional;

/** The two kinds of QI coach: members of staff, and coaches with lived experience (000_*), recruited to the bank. */
public enum CoachKind {
    STAFF("staff"),
    LIVED_EXPERIENCE("lived-experience");

    private final String code;

    CoachKind(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static Optional<CoachKind> fromCode(String code) {
        return Arrays.stream(values()).filter(k -> k.code.equals(code)).findFirst();
    }
}
