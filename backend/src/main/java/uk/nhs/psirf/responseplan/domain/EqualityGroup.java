package uk.nhs.psirf.responseplan.domain;

import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Arrays;
import java.util.Optional;

/** The eleven groups of the RAPID Equality and Diversity Impact Assessment tool (policy appendix 1), in its order. */
public enum EqualityGroup {
    AGE("age", "Age"),
    DISABILITY("disability", "Disability"),
    RACE("race", "Race"),
    SEX("sex", "Sex"),
    GENDER_REASSIGNMENT("gender-reassignment", "Gender reassignment"),
    SEXUAL_ORIENTATION("sexual-orientation", "Sexual orientation"),
    RELIGION_OR_BELIEF("religion-or-belief", "Religion or belief"),
    PREGNANCY_AND_MATERNITY("pregnancy-and-maternity", "Pregnancy and maternity"),
    MARRIAGE_AND_CIVIL_PARTNERSHIP("marriage-and-civil-partnership", "Marriage and civil partnership"),
    ENVIRONMENT("environment", "Environment"),
    OTHER_GROUPS("other-groups", "Other identified groups");

    private final String code;
    private final String display;

    EqualityGroup(String code, String display) {
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

    public static Optional<EqualityGroup> fromCode(String code) {
        return Arrays.stream(values()).filter(g -> g.code.equals(code)).findFirst();
    }
}
