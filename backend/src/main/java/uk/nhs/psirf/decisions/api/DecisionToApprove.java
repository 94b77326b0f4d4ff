package uk.nhs.psirf.decisions.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import uk.nhs.psirf.kernel.ResponseType;
import uk.nhs.psirf.responses.api.CaseLink;
import uk.nhs.psirf.responses.api.EventLink;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A decision awaiting the caller's approval as chair: what it is about and what was decided, to open it. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record DecisionToApprove(UUID id, @JsonProperty("case") CaseLink caseLink, List<EventLink> events,
                                ResponseType responseType, String responseTypeDisplay, String recordedBy,
                                Instant recordedAt) {
}
