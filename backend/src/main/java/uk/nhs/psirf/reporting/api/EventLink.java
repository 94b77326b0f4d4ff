package uk.nhs.psirf.reporting.api;

import java.util.UUID;

/** Another event, by id and reference only. */
public record EventLink(UUID id, String reference) {
}
