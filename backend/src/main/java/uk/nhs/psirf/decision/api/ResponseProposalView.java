package uk.nhs.psirf.decision.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import uk.nhs.psirf.decision.domain.ProposalReason;
import uk.nhs.psirf.plan.api.PlannedResponseView;
import uk.nhs.psirf.plan.domain.ResponseType;

import java.util.UUID;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record ResponseProposalView(ResponseType responseType, String responseTypeDisplay, ProposalReason reason,
                                   String explanation, UUID planVersionId, Integer planVersionNumber,
                                   PlannedResponseView plannedResponse) {
}
