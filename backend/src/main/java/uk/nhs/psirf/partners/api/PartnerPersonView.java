package uk.nhs.psirf.partners.api;

import com.fasterxml.jackson.annotation.JsonInclude;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record PartnerPersonView(String personId, String name, String jobRole) {
}
