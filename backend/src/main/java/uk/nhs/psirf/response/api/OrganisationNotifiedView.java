package uk.nhs.psirf.response.api;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.time.LocalDate;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record OrganisationNotifiedView(String name, LocalDate notifiedOn) {
}
