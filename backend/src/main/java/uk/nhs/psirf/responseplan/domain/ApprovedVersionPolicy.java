package uk.nhs.psirf.responseplan.domain;

import uk.nhs.psirf.platform.rules.Verdict;

/** An approved version cannot be edited: a change to the plan is a new draft, approved in its turn. */
public final class ApprovedVersionPolicy {
    private ApprovedVersionPolicy() {
    }

    public static Verdict mayEdit(PlanVersion version) {
        return Verdict.allowedIf(isDraft(version), () -> Verdict.conflict("Version " + version.number() + " is "
                + version.status().code() + " and cannot be edited. Start a new draft instead."));
    }

    /** Only a draft is approved; approving it again is refused. */
    public static Verdict mayBeApproved(PlanVersion version) {
        return Verdict.allowedIf(isDraft(version), () -> Verdict.conflict(
                "Version " + version.number() + " is already " + version.status().code() + "."));
    }

    private static boolean isDraft(PlanVersion version) {
        return version.status() == PlanStatus.DRAFT;
    }
}
