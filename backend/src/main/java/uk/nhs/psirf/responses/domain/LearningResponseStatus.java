package uk.nhs.psirf.responses.domain;

import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Arrays;
import java.util.Optional;

/**
 * A PSII waits for the Chief Nurse's verification; other learning responses start when the chair approves; a response
 * closes once its report is signed off ({@code investigation.domain.ClosurePolicy}) and then changes no more.
 */
public enum LearningResponseStatus {
    AWAITING_VERIFICATION("awaiting-verification"),
    IN_PROGRESS("in-progress"),
    /** An in-progress response whose clock is stopped (e.g. at the police's request); see {@link Pause}. */
    PAUSED("paused"),
    CLOSED("closed");

    private final String code;

    LearningResponseStatus(String code) {
        this.code = code;
    }

    @JsonValue
    public String code() {
        return code;
    }

    public static Optional<LearningResponseStatus> fromCode(String code) {
        return Arrays.stream(values()).filter(s -> s.code.equals(code)).findFirst();
    }
}
