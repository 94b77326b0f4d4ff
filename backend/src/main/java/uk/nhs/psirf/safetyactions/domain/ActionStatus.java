package uk.nhs.psirf.safetyactions.domain;

import java.util.Arrays;
import java.util.Optional;

/** Where a safety action stands (policy §15): proposed, then agreed with its owner, worked on, and finished. */
public enum ActionStatus {
    PROPOSED("proposed"), AGREED("agreed"), IN_PROGRESS("in-progress"), COMPLETED("completed"), CANCELLED("cancelled");

    private final String code;

    ActionStatus(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    /** Finished one way or another: no longer due, so never overdue. */
    public boolean finished() {
        return this == COMPLETED || this == CANCELLED;
    }

    public static Optional<ActionStatus> fromCode(String code) {
        return Arrays.stream(values()).filter(s -> s.code.equals(code)).findFirst();
    }
}
