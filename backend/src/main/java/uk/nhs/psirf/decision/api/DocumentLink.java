package uk.nhs.psirf.decision.api;

import java.util.UUID;

public record DocumentLink(UUID id, String kind, String title) {
}
