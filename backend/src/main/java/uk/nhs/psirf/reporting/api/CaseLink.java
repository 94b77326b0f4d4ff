package uk.nhs.psirf.reporting.api;

import java.util.UUID;

/** The case an event is in. */
public record CaseLink(UUID id, String reference, String title) {
}
