package uk.nhs.psirf.improvementplans.domain;

import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Arrays;
import java.util.Optional;

/** What a safety improvement plan is for (policy §16.1): the whole organisation, or one service, pathway, location or theme. */
public enum PlanScope {
    ORGANISATION("organisation", "Organisation-wide"),
    SERVICE("service", "Service"),
    PATHWAY("pathway", "Pathway"),
    LOCATION("location", "Location"),
    THEME("theme", "Theme");

    private final String code;
    private final String label;

    PlanScope(String code, String label) {
        this.code = code;
        this.label = label;
    }

    @JsonValue
    public String code() {
        return code;
    }

    public String label() {
        return label;
    }

    public static Optional<PlanScope> fromCode(String code) {
        return Arrays.stream(values()).filter(s -> s.code.equals(code)).findFirst();
    }
}
