package uk.nhs.psirf.coachrecruitment.domain;

import java.util.Arrays;
import java.util.Optional;

/** Who allocated the new coach's line manager at induction (000_* §4 d: the clinical director or the sponsor). */
public enum LineManagerAllocator {
    CLINICAL_DIRECTOR("clinical-director"), SPONSOR("sponsor");

    private final String code;

    LineManagerAllocator(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static Optional<LineManagerAllocator> fromCode(String code) {
        return Arrays.stream(values()).filter(a -> a.code.equals(code)).findFirst();
    }
}
