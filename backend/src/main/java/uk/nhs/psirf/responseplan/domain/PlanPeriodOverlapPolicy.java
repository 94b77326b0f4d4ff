package uk.nhs.psirf.responseplan.domain;

import uk.nhs.psirf.platform.error.FieldErrorCode;
import uk.nhs.psirf.platform.rules.Verdict;

import java.util.List;
import java.util.Optional;

/**
 * Plan periods may not overlap an approved plan's period. Versions of one plan share its start date (a revision
 * of the plan in force keeps its period, or moves its end); any other period must keep clear of every approved
 * version's period.
 */
public final class PlanPeriodOverlapPolicy {
    private PlanPeriodOverlapPolicy() {
    }

    /** The first approved version whose period the candidate would overlap, if any. */
    public static Optional<PlanVersion> overlapped(PlanPeriod candidate, List<PlanVersion> approved) {
        return approved.stream()
                .filter(v -> v.status().approved())
                .filter(v -> !v.period().from().equals(candidate.from()))
                .filter(v -> v.period().overlaps(candidate))
                .findFirst();
    }

    /** Refused, naming the approved version overlapped, when the candidate period would overlap one. */
    public static Verdict keepsClear(PlanPeriod candidate, List<PlanVersion> approved) {
        return overlapped(candidate, approved).map(v -> Verdict.invalid("periodFrom",
                FieldErrorCode.OVERLAPS_APPROVED_PLAN, "The plan period overlaps approved version " + v.number()
                        + " (" + v.period().from() + " to " + v.period().to() + "); choose dates outside it"))
                .orElse(Verdict.allowed());
    }
}
