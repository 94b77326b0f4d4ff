package uk.nhs.psirf.programmes.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A file sent as base64 inside the JSON body (at most 5 MB once decoded). */
public record MaterialFileInput(
        @NotBlank(message = "Enter the file name") @Size(max = 200, message = "The file name must be 200 characters or fewer") String fileName,
        @NotBlank(message = "Give the file's type") String contentType,
        @NotBlank(message = "Choose a file") @Size(max = 7_000_000, message = "The file must be 5 MB or smaller") String contentBase64) {
}
