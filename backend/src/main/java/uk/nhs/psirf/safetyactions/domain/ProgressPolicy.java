package uk.nhs.psirf.safetyactions.domain;

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

    public static boolean allows(ActionStatus from, ActionStatus to) {
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
