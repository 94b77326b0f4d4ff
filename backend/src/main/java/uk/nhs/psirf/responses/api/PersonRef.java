package uk.nhs.psirf.responses.api;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.UUID;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record PersonRef(UUID personId, String name, String jobRole) {
}
