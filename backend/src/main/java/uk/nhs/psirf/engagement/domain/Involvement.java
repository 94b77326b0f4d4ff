package uk.nhs.psirf.engagement.domain;

import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Arrays;
import java.util.Optional;

/** The level of involvement a person chooses (Appendix 4, "Agree level of involvement wanted"), or none. */
public enum Involvement {
    TERMS_OF_REFERENCE("terms-of-reference"),
    SHARING_EXPERIENCES("sharing-experiences"),
    FINDINGS("findings"),
    DRAFT_REPORT("draft-report"),
    FINAL_REPORT("final-report"),
    DECLINED("declined");

    private final String code;

    Involvement(String code) {
        this.code = code;
    }

    @JsonValue
    public String code() {
        return code;
    }

    public static Optional<Involvement> fromCode(String code) {
        return Arrays.stream(values()).filter(i -> i.code.equals(code)).findFirst();
    }
}
