package uk.nhs.psirf.triage.api;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.time.Instant;
import java.util.UUID;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record CaseSummary(UUID id, String reference, String title, String theme, int eventCount, boolean decided,
                          Instant createdAt) {
}
