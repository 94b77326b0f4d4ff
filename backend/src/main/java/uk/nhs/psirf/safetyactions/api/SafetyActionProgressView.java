package uk.nhs.psirf.safetyactions.api;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.time.Instant;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record SafetyActionProgressView(String id, Instant at, String byName, String note, String status) {
}
