package uk.nhs.psirf.programmes.api;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.time.Instant;
import java.util.UUID;

/** A material: a {@code link}, or a file to download (its name, type and size). */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record MaterialView(UUID id, String title, String link, String fileName, String contentType, Long sizeBytes,
                           String addedBy, Instant addedAt) {
}
