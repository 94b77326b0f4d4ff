package uk.nhs.psirf.partners.domain;

import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Arrays;
import java.util.Optional;

/** How a patient safety partner is involved (policy §3.7). */
public enum InvolvementArea {
    SAFETY_QUALITY_COMMITTEES("safety-quality-committees", "Membership of safety and quality committees"),
    IMPROVEMENT_PROJECTS("improvement-projects", "Patient safety improvement projects"),
    TEAMS_AND_SERVICES("teams-and-services", "Working with teams and services to improve safety"),
    STAFF_TRAINING("staff-training", "Staff patient safety training"),
    INVESTIGATION_OVERSIGHT_GROUPS("investigation-oversight-groups", "Investigation oversight groups");

    private final String code;
    private final String display;

    InvolvementArea(String code, String display) {
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

    public static Optional<InvolvementArea> fromCode(String code) {
        return Arrays.stream(values()).filter(a -> a.code.equals(code)).findFirst();
    }
}
