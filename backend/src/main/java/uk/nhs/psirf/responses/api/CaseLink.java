package uk.nhs.psirf.responses.api;

import java.util.UUID;

public record CaseLink(UUID id, String reference, String title) {
}
