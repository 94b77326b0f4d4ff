package uk.nhs.psirf.responseplan.domain;

/** An approved version cannot be edited: a change to the plan is a new draft, approved in its turn. */
public final class ApprovedVersionPolicy {
    private ApprovedVersionPolicy() {
    }

    public static boolean mayEdit(PlanVersion version) {
        return version.status() == PlanStatus.DRAFT;
    }
}
