package uk.nhs.psirf.decisions.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import uk.nhs.psirf.decisions.domain.ProposalReason;
import uk.nhs.psirf.responseplan.api.PlannedResponseView;
import uk.nhs.psirf.kernel.ResponseType;

import java.util.UUID;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record ResponseProposalView(ResponseType responseType, String responseTypeDisplay, ProposalReason reason,
                                   String explanation, UUID planVersionId, Integer planVersionNumber,
                                   PlannedResponseView plannedResponse) {
}
