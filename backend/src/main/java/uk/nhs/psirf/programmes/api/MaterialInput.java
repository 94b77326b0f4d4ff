package uk.nhs.psirf.programmes.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A material of a programme: a link or a file (as base64), not both. */
public record MaterialInput(
        @NotBlank(message = "Enter the title of the material") @Size(max = 200, message = "The title must be 200 characters or fewer") String title,
        @Size(max = 1000, message = "The link must be 1000 characters or fewer") String link,
        @Valid MaterialFileInput file) {
}
