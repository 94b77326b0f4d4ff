package uk.nhs.psirf.coaching.domain;

import java.util.Arrays;
import java.util.Optional;

/**
 * Where a coaching contract stands: a {@code draft} until both sides accept the ground rules, then {@code agreed};
 * {@code active} once the first session is held; {@code review} once the fourth session since the start (or the last
 * review) is recorded, until the review is held; {@code ended} after a review that ends the coaching.
 */
public enum ContractStatus {
    DRAFT("draft"), AGREED("agreed"), ACTIVE("active"), REVIEW("review"), ENDED("ended");

    private final String code;

    ContractStatus(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static Optional<ContractStatus> fromCode(String code) {
        return Arrays.stream(values()).filter(s -> s.code.equals(code)).findFirst();
    }
}
