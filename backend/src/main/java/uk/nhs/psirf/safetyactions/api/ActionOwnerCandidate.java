package uk.nhs.psirf.safetyactions.api;

import com.fasterxml.jackson.annotation.JsonInclude;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record ActionOwnerCandidate(String id, String name, String jobRole) {
}
