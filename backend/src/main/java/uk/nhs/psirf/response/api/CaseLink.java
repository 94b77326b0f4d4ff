package uk.nhs.psirf.response.api;

import java.util.UUID;

public record CaseLink(UUID id, String reference, String title) {
}
