package uk.nhs.psirf.decisions.domain;

import uk.nhs.psirf.responseplan.domain.PlannedResponse;

import java.util.List;
import java.util.UUID;

/** The response plan in force as the rules read it: national requirements first, then local priorities. */
public record PlanInForce(UUID versionId, int number, List<PlannedResponse> priorities) {
}
