package uk.nhs.psirf.engagement.domain;

import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Arrays;
import java.util.Optional;

/** Who is affected (policy §6); staff follow the staff guidance (Appendix 5), the others Appendix 4. */
public enum AffectedKind {
    PATIENT("patient", Audience.SERVICE_USERS),
    FAMILY("family", Audience.SERVICE_USERS),
    CARER("carer", Audience.SERVICE_USERS),
    STAFF("staff", Audience.STAFF);

    private final String code;
    private final Audience audience;

    AffectedKind(String code, Audience audience) {
        this.code = code;
        this.audience = audience;
    }

    @JsonValue
    public String code() {
        return code;
    }

    public Audience audience() {
        return audience;
    }

    public static Optional<AffectedKind> fromCode(String code) {
        return Arrays.stream(values()).filter(k -> k.code.equals(code)).findFirst();
    }
}
