package uk.nhs.psirf.staffsupport.api;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.time.LocalDate;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record SupportStepView(String code, String stage, String text, LocalDate doneOn, String note) {
}
