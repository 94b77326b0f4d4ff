package uk.nhs.psirf.staffsupport.domain;

import com.fasterxml.jackson.annotation.JsonValue;

/** The part a person plays in the support of a member of staff (Appendix 2). */
public enum SupporterPart {
    LINE_MANAGER("line-manager"),
    REVIEWER("reviewer");

    private final String code;

    SupporterPart(String code) {
        this.code = code;
    }

    @JsonValue
    public String code() {
        return code;
    }
}
