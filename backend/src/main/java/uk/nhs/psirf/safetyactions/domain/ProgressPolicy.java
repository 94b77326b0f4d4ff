package uk.nhs.psirf.safetyactions.domain;

import uk.nhs.psirf.platform.error.FieldErrorCode;
import uk.nhs.psirf.platform.rules.Verdict;

import java.util.Set;

/**
 * What a progress update may move an action to: work starts and finishes only once the action is agreed; a proposed
 * or agreed action may be cancelled; a completed one may be reopened (e.g. after a review found it not effective);
 * a cancelled one is final.
 */
public final class ProgressPolicy {
    public static final Set<ActionStatus> UPDATES = Set.of(ActionStatus.IN_PROGRESS, ActionStatus.COMPLETED,
            ActionStatus.CANCELLED);

    private ProgressPolicy() {
    }

    public static Verdict allows(ActionStatus from, ActionStatus to) {
        return Verdict.allowedIf(moves(from, to), () -> Verdict.invalid("status", FieldErrorCode.NOT_ALLOWED,
                from == ActionStatus.PROPOSED
                        ? "The action must be agreed before work on it starts; it can only be cancelled"
                        : "A " + from.code() + " action cannot become " + to.code()));
    }

    /** The details of an action (title, owner, measures, plan, due date) change until it is cancelled. */
    public static Verdict mayChangeDetails(String reference, ActionStatus status) {
        return Verdict.allowedIf(status != ActionStatus.CANCELLED,
                () -> Verdict.conflict(reference + " was cancelled; it can no longer change"));
    }

    /** Only a proposed action is agreed: agreeing is the step from proposed to agreed. */
    public static Verdict mayBeAgreed(String reference, ActionStatus status) {
        return Verdict.allowedIf(status == ActionStatus.PROPOSED, () -> Verdict.conflict(reference + " is "
                + status.code() + "; only a proposed action can be agreed"));
    }

    private static boolean moves(ActionStatus from, ActionStatus to) {
        if (!UPDATES.contains(to) || from == ActionStatus.CANCELLED) {
            return false;
        }
        if (from == ActionStatus.PROPOSED) {
            return to == ActionStatus.CANCELLED;
        }
        if (from == ActionStatus.COMPLETED) {
            return to != ActionStatus.CANCELLED;
        }
        return true;
    }
}
