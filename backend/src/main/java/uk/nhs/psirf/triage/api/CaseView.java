package uk.nhs.psirf.triage.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import uk.nhs.psirf.reporting.api.EventSummary;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** One case and its events ({@code Case} in the contract). */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CaseView(UUID id, String reference, long version, String title, String theme, List<EventSummary> events,
                       boolean decided, String createdBy, Instant createdAt) {
}
