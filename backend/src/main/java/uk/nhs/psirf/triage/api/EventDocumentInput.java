package uk.nhs.psirf.triage.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import uk.nhs.psirf.triage.domain.DocumentKind;

/** A document to review, as typed text or as a file; exactly one of the two (limits as in the contract). */
public record EventDocumentInput(
        @NotNull(message = "Select the kind of document") DocumentKind kind,
        @NotBlank(message = "Enter a title") @Size(max = 200, message = "The title must be 200 characters or fewer") String title,
        @Size(max = 20000, message = "The text must be 20000 characters or fewer") String text,
        @Valid DocumentFileInput file) {
}
