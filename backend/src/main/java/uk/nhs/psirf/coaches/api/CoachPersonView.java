package uk.nhs.psirf.coaches.api;

import com.fasterxml.jackson.annotation.JsonInclude;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record CoachPersonView(String personId, String name) {
}
