package uk.nhs.psirf.investigation.domain;

import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Arrays;
import java.util.Optional;

/** The components of the work system in SEIPS (policy Appendix 3), in which contributory factors are described. */
public enum SeipsCategory {
    PERSON("person", "Person"),
    TASKS("tasks", "Tasks"),
    TOOLS_AND_TECHNOLOGY("tools-and-technology", "Tools and technology"),
    ORGANISATION("organisation", "Organisation"),
    INTERNAL_ENVIRONMENT("internal-environment", "Internal environment"),
    EXTERNAL_ENVIRONMENT("external-environment", "External environment");

    private final String code;
    private final String display;

    SeipsCategory(String code, String display) {
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

    public static Optional<SeipsCategory> fromCode(String code) {
        return Arrays.stream(values()).filter(c -> c.code.equals(code)).findFirst();
    }
}
