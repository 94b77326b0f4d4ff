package uk.nhs.psirf.oversight.api;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.UUID;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record OversightGroupSummary(UUID id, String name, String purpose, int members, long responses, long plans) {
}
