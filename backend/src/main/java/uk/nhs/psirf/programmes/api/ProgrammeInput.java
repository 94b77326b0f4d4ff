package uk.nhs.psirf.programmes.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A programme the trust adds. */
public record ProgrammeInput(
        @NotBlank(message = "Enter the title of the programme") @Size(max = 200, message = "The title must be 200 characters or fewer") String title,
        @NotBlank(message = "Enter what the programme is about") @Size(max = 2000, message = "The summary must be 2000 characters or fewer") String summary) {
}
