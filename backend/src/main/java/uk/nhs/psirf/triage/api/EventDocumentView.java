package uk.nhs.psirf.triage.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import uk.nhs.psirf.triage.domain.DocumentKind;

import java.time.Instant;
import java.util.UUID;

/** A document to review without its content ({@code EventDocument} in the contract); format is text or file. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record EventDocumentView(UUID id, DocumentKind kind, String kindDisplay, String title, String format,
                                String fileName, String contentType, long sizeBytes, String addedBy,
                                Instant addedAt) {
}
