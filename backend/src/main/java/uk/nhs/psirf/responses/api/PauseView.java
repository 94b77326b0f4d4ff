package uk.nhs.psirf.responses.api;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.time.LocalDate;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record PauseView(LocalDate startedOn, String reason, LocalDate resumedOn, long days) {
}
