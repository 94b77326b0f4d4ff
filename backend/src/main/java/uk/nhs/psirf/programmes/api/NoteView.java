package uk.nhs.psirf.programmes.api;

import java.time.Instant;
import java.util.UUID;

public record NoteView(UUID id, String text, String addedBy, Instant addedAt) {
}
