package uk.nhs.psirf.improvementplans.domain;

/** A closed plan is a record of what was done: it takes no more changes or responses until it is reopened. */
public final class ClosedPlanPolicy {
    private ClosedPlanPolicy() {
    }

    public static boolean acceptsChanges(PlanStatus status) {
        return status == PlanStatus.OPEN;
    }
}
