package uk.nhs.psirf.responses.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import uk.nhs.psirf.kernel.ResponseType;
import uk.nhs.psirf.responses.domain.DueStatus;
import uk.nhs.psirf.responses.domain.InitialReportStatus;
import uk.nhs.psirf.responses.domain.LearningResponseStatus;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record LearningResponseSummary(UUID id, String reference, ResponseType type, String typeDisplay,
                                      LearningResponseStatus status, List<EventLink> events, Instant createdAt,
                                      Instant startedAt, LocalDate initialReportDueOn,
                                      InitialReportStatus initialReportStatus,
                                      String leadName, LocalDate targetCompletionOn, DueStatus dueStatus) {
}
