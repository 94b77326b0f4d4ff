package uk.nhs.psirf.responseplan;

import uk.nhs.psirf.responseplan.domain.PlannedResponse;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The response plan feature's front door for the other features: the plan in force, as the rules read it. */
public interface ResponsePlans {
    /** The version in force, when one is; in the caller's transaction. */
    Optional<InForce> inForce();

    /** A plan version in force: its id, number and local priorities. */
    record InForce(UUID versionId, int number, List<PlannedResponse> priorities) {
    }
}
