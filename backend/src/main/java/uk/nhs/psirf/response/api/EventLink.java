package uk.nhs.psirf.response.api;

import java.util.UUID;

public record EventLink(UUID id, String reference) {
}
