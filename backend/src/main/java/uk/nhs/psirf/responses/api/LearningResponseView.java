package uk.nhs.psirf.responses.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import uk.nhs.psirf.kernel.ResponseType;
import uk.nhs.psirf.responses.domain.LearningResponseStatus;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record LearningResponseView(UUID id, String reference, long version, ResponseType type, String typeDisplay,
                                   LearningResponseStatus status, UUID decisionId,
                                   @JsonProperty("case") CaseLink caseLink, List<EventLink> events,
                                   Instant createdAt, Instant startedAt, VerificationView verification,
                                   ExternalNotificationsView externalNotifications,
                                   TeamView team, TimeframeView timeframe, Instant closedAt) {
}
