package uk.nhs.psirf.oversight.api;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record DeidentifiedResponseSummary(UUID id, String reference, String type, String typeDisplay, String status,
                                          List<String> categories, List<String> services, String eventMonth,
                                          LocalDate targetCompletionOn, String dueStatus) {
}
