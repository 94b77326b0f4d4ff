package uk.nhs.psirf.engagement.domain;

import com.fasterxml.jackson.annotation.JsonValue;

/** Whose checklist applies: Appendix 4 (service users: patients, families, carers) or Appendix 5 (staff). */
public enum Audience {
    SERVICE_USERS("service-users", "Appendix 4: Guidance for reviewers talking to Service Users"),
    STAFF("staff", "Appendix 5: Guidance for reviewers talking to Staff");

    private final String code;
    private final String title;

    Audience(String code, String title) {
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
