package uk.nhs.psirf.improvementplans.domain;

import uk.nhs.psirf.platform.error.FieldError;
import uk.nhs.psirf.platform.error.FieldErrorCode;
import uk.nhs.psirf.platform.error.ProblemCode;
import uk.nhs.psirf.platform.rules.Verdict;

/** A closed plan is a record of what was done: it takes no more changes or responses until it is reopened. */
public final class ClosedPlanPolicy {
    private ClosedPlanPolicy() {
    }

    public static boolean acceptsChanges(PlanStatus status) {
        return status == PlanStatus.OPEN;
    }

    /** A change to the plan {@code reference}: refused, naming the plan, while it is closed. */
    public static Verdict mayChange(String reference, PlanStatus status) {
        return Verdict.allowedIf(acceptsChanges(status), () -> Verdict.refused(ProblemCode.CONFLICT,
                reference + " is closed; reopen it to change it or gather more into it",
                new FieldError("planId", FieldErrorCode.PLAN_CLOSED, reference + " is closed")));
    }

    /** Reopening: only a closed plan is reopened. */
    public static Verdict mayReopen(String reference, PlanStatus status) {
        return Verdict.allowedIf(!acceptsChanges(status), () -> Verdict.conflict(reference + " is open."));
    }
}
