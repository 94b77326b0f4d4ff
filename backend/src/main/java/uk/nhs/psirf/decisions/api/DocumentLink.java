package uk.nhs.psirf.decisions.api;

import java.util.UUID;

public record DocumentLink(UUID id, String kind, String title) {
}
