package uk.nhs.psirf.engagement.api;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record ContactView(String id, LocalDate contactedOn, String method, String stage, String notes,
                          List<ChecklistAnswerView> checklist, LocalDate nextContactOn, String recordedBy,
                          Instant recordedAt) {
}
