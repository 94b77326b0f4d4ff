package uk.nhs.psirf.engagement.api;

import com.fasterxml.jackson.annotation.JsonInclude;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record ChecklistAnswerView(String code, String section, String text, boolean done, String note) {
}
