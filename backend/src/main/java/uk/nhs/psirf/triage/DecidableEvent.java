package uk.nhs.psirf.triage;

import uk.nhs.psirf.reporting.domain.EventStatus;

import java.time.Instant;
import java.util.UUID;

/** What the decision feature needs to know about an event: the facts the rules and the plan look at. */
public record DecidableEvent(UUID id, String reference, EventStatus status, String categoryCode,
                             String categoryDisplay, int physicalHarm, int psychologicalHarm, Instant occurredAt,
                             Instant reportedAt, UUID caseId, boolean duplicate, boolean decided) {
}
