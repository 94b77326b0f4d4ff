package uk.nhs.psirf.investigation.domain;

import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Arrays;
import java.util.Optional;

/** How someone with whom the draft report was shared is affected by the incident. */
public enum Relationship {
    PATIENT("patient"), FAMILY("family"), CARER("carer"), STAFF("staff");

    private final String code;

    Relationship(String code) {
        this.code = code;
    }

    @JsonValue
    public String code() {
        return code;
    }

    public static Optional<Relationship> fromCode(String code) {
        return Arrays.stream(values()).filter(r -> r.code.equals(code)).findFirst();
    }
}
