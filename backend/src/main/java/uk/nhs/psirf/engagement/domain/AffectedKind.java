package uk.nhs.psirf.engagement.domain;

import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Arrays;
import java.util.Optional;

/** Who is affected (policy §6); staff follow the staff guidance (Appendix 5), the others Appendix 4. */
public enum AffectedKind {
    PATIENT("patient", "Patient", Audience.SERVICE_USERS),
    FAMILY("family", "Family member", Audience.SERVICE_USERS),
    CARER("carer", "Carer", Audience.SERVICE_USERS),
    STAFF("staff", "Member of staff", Audience.STAFF);

    private final String code;
    private final String display;
    private final Audience audience;

    AffectedKind(String code, String display, Audience audience) {
        this.code = code;
        this.display = display;
        this.audience = audience;
    }

    public String display() {
        return display;
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
