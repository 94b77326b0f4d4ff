package uk.nhs.psirf.oversight.api;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A learning response as a patient safety partner may see it: no one named, no free text but the redacted summary. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record DeidentifiedResponse(UUID id, UUID groupId, String reference, String type, String typeDisplay,
                                   String status, List<String> patients, List<DeidentifiedEvent> events,
                                   LocalDate createdOn, LocalDate startedOn, LocalDate targetCompletionOn,
                                   String dueStatus, String leadRole, List<TeamRoleView> team, ResponseCounts counts,
                                   String summaryForOversight) {
}
