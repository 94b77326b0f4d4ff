package uk.nhs.psirf.oversight.api;

import com.fasterxml.jackson.annotation.JsonInclude;

/** One event of a response: the patient by case label only, the month and service, never the place or the text. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record DeidentifiedEvent(String caseLabel, String month, String eventType, String category, String service,
                                String physicalHarm, String psychologicalHarm) {
}
