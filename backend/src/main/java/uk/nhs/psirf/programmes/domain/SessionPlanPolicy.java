package uk.nhs.psirf.programmes.domain;

import uk.nhs.psirf.platform.error.FieldErrorCode;
import uk.nhs.psirf.platform.rules.Verdict;

/** A session finishes after it starts, and happens somewhere: at a venue, online, or both. */
public final class SessionPlanPolicy {
    static final String FINISHES_BEFORE_START = "The finish time must be after the start time";
    static final String NOWHERE = "Enter the venue, or say the session is online";

    private SessionPlanPolicy() {
    }

    public static Verdict check(SessionPlan plan) {
        return Verdict.all(
                Verdict.allowedIf(plan.endsAt().isAfter(plan.startsAt()),
                        () -> Verdict.invalid("endsAt", FieldErrorCode.BEFORE_START, FINISHES_BEFORE_START)),
                Verdict.allowedIf(plan.online() || plan.venue() != null,
                        () -> Verdict.invalid("venue", FieldErrorCode.REQUIRED, NOWHERE)));
    }
}
