package uk.nhs.psirf.reporting.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import uk.nhs.psirf.reference.Code;
import uk.nhs.psirf.reference.EventType;
import uk.nhs.psirf.reference.LocationView;
import uk.nhs.psirf.reporting.domain.EventStatus;

import java.time.Instant;
import java.util.UUID;

/**
 * A row of a list: never patient details; {@code summary} only for viewers who may see free text; {@code outcome}
 * only in the reporter's own list.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record EventSummary(UUID id, String reference, EventStatus status, Instant reportedAt, Instant occurredAt,
                           EventType eventType, Code category, Code physicalHarm, Code psychologicalHarm,
                           LocationView location, boolean patientInvolved, String summary,
                           ReportOutcome outcome) {
}
