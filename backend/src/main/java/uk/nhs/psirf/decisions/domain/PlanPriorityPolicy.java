package uk.nhs.psirf.decisions.domain;

import uk.nhs.psirf.responseplan.domain.PlannedResponse;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** The plan in force proposes the response it plans for the event's category: national requirements first. */
public final class PlanPriorityPolicy {
    private PlanPriorityPolicy() {
    }

    public static Optional<PlannedResponse> plannedFor(List<PlannedResponse> priorities, String categoryCode) {
        if (categoryCode == null) {
            return Optional.empty();
        }
        // A stable sort keeps the plan's own order within national requirements and within local priorities.
        return priorities.stream()
                .filter(p -> categoryCode.equals(p.categoryCode()))
                .sorted(Comparator.comparing(p -> !p.isNational()))
                .findFirst();
    }
}
