package uk.nhs.psirf.staffsupport.api;

import com.fasterxml.jackson.annotation.JsonInclude;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record SupporterView(String personId, String name) {
}
