package uk.nhs.psirf.responseplan.domain;

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
}
