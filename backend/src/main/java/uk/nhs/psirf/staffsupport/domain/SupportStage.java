package uk.nhs.psirf.staffsupport.domain;

import com.fasterxml.jackson.annotation.JsonValue;

/** The three columns of Appendix 2. */
public enum SupportStage {
    IMMEDIATE("immediate", "IMMEDIATE SUPPORT"),
    CONTINUED("continued", "CONTINUED SUPPORT"),
    ONGOING("ongoing", "ONGOING SUPPORT");

    private final String code;
    private final String title;

    SupportStage(String code, String title) {
        this.code = code;
        this.title = title;
    }

    @JsonValue
    public String code() {
        return code;
    }

    public String title() {
        return title;
    }
}
