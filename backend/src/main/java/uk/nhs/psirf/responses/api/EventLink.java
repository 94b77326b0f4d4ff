package uk.nhs.psirf.responses.api;

import java.util.UUID;

public record EventLink(UUID id, String reference) {
}
