package uk.nhs.psirf.programmes.domain;

import uk.nhs.psirf.platform.error.FieldErrorCode;
import uk.nhs.psirf.platform.rules.Verdict;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * A session's register feeds each person's training record, so it says only what happened: nobody is marked as
 * attended (or as not attending) a session that has not been held yet, and a person is on the register once.
 */
public final class AttendancePolicy {
    static final String NOT_HELD_YET = "The session has not been held yet: mark people as booked until it has";
    static final String ON_THE_REGISTER_TWICE = "This person is already on the register";

    private AttendancePolicy() {
    }

    /** Attended or did-not-attend only once the session's day has come. */
    public static Verdict outcomeOnlyOnceHeld(int index, AttendanceStatus status, LocalDate heldOn, LocalDate today) {
        return Verdict.allowedIf(status == AttendanceStatus.BOOKED || !heldOn.isAfter(today),
                () -> Verdict.invalid("attendees[" + index + "].status", FieldErrorCode.IN_THE_FUTURE, NOT_HELD_YET));
    }

    /** Every person once: the second and later mentions of a person are refused, naming each. */
    public static Verdict eachPersonOnce(List<UUID> personIds) {
        Set<UUID> seen = new HashSet<>();
        Verdict verdict = Verdict.allowed();
        for (int i = 0; i < personIds.size(); i++) {
            UUID personId = personIds.get(i);
            if (personId != null && !seen.add(personId)) {
                verdict = verdict.and(Verdict.invalid("attendees[" + i + "].personId", FieldErrorCode.DUPLICATE,
                        ON_THE_REGISTER_TWICE));
            }
        }
        return verdict;
    }
}
