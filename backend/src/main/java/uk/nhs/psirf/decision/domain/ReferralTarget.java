package uk.nhs.psirf.decision.domain;

import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Arrays;
import java.util.Optional;

/** The other processes a referral goes to (policy §12.3 and the design's capability 2). */
public enum ReferralTarget {
    SAFEGUARDING("safeguarding", "Safeguarding"),
    HR("hr", "Human resources (HR)"),
    POLICE("police", "Police"),
    CORONER("coroner", "Coroner"),
    OTHER_ORGANISATION("other-organisation", "Another organisation");

    private final String code;
    private final String display;

    ReferralTarget(String code, String display) {
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

    public static Optional<ReferralTarget> fromCode(String code) {
        return Arrays.stream(values()).filter(t -> t.code.equals(code)).findFirst();
    }
}
