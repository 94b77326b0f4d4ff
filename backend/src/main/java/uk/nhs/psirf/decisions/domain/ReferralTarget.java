package uk.nhs.psirf.decisions.domain;

import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Arrays;
import java.util.Optional;

/**
 * The other processes a referral goes to (policy §12.3 and the design's capability 2). The police, the coroner and
 * another organisation are external bodies that lead their own investigation ({@link PsiiMinimumPolicy});
 * safeguarding and HR run alongside the trust's own learning response.
 */
public enum ReferralTarget {
    SAFEGUARDING("safeguarding", "Safeguarding", false),
    HR("hr", "Human resources (HR)", false),
    POLICE("police", "Police", true),
    CORONER("coroner", "Coroner", true),
    OTHER_ORGANISATION("other-organisation", "Another organisation", true);

    private final String code;
    private final String display;
    private final boolean leadsExternally;

    ReferralTarget(String code, String display, boolean leadsExternally) {
        this.code = code;
        this.display = display;
        this.leadsExternally = leadsExternally;
    }

    /** An external body that leads the investigation itself. */
    public boolean leadsExternally() {
        return leadsExternally;
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
