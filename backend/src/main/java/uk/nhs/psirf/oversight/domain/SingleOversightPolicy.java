package uk.nhs.psirf.oversight.domain;

import uk.nhs.psirf.platform.error.FieldErrorCode;
import uk.nhs.psirf.platform.rules.Verdict;

import java.util.Optional;

/**
 * A learning response or an improvement plan is overseen by at most one group (policy §18, §19), so that one group
 * answers for its progress: one overseen by another group must be removed from there before it is assigned here.
 */
public final class SingleOversightPolicy {
    private SingleOversightPolicy() {
    }

    /**
     * @param field      the path parameter naming the work, e.g. {@code responseId}
     * @param what       the work, e.g. "learning response", for the message
     * @param otherGroup the name of another group that oversees it today, if one does
     */
    public static Verdict mayBeAssigned(String field, String what, Optional<String> otherGroup) {
        return Verdict.allowedIf(otherGroup.isEmpty(), () -> Verdict.invalid(field, FieldErrorCode.IN_ANOTHER_GROUP,
                "This " + what + " is already overseen by " + otherGroup.get() + "; remove it from there first"));
    }
}
