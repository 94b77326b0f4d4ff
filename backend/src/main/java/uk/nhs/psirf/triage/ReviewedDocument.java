package uk.nhs.psirf.triage;

import java.util.UUID;

/** A document added to an event, as a panel decision names it among those reviewed: never its content. */
public record ReviewedDocument(UUID id, UUID eventId, String kind, String title) {
}
