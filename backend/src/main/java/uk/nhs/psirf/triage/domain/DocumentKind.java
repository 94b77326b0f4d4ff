package uk.nhs.psirf.triage.domain;

import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Arrays;
import java.util.Optional;

/** The documents a decision panel reviews (policy §12.3) besides the report itself. */
public enum DocumentKind {
    CHRONOLOGY("chronology", "Chronology"),
    FIRST_HAND_ACCOUNT("first-hand-account", "First-hand account"),
    REPORT("report", "Report"),
    OTHER("other", "Other document");

    private final String code;
    private final String display;

    DocumentKind(String code, String display) {
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

    public static Optional<DocumentKind> fromCode(String code) {
        return Arrays.stream(values()).filter(k -> k.code.equals(code)).findFirst();
    }
}
