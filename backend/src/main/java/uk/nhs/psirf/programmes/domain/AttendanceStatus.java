package uk.nhs.psirf.programmes.domain;

import java.util.Arrays;
import java.util.Optional;

/** Where a person stands on a session's register. */
public enum AttendanceStatus {
    BOOKED("booked"), ATTENDED("attended"), DID_NOT_ATTEND("did-not-attend");

    private final String code;

    AttendanceStatus(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static Optional<AttendanceStatus> fromCode(String code) {
        return Arrays.stream(values()).filter(s -> s.code.equals(code)).findFirst();
    }
}
