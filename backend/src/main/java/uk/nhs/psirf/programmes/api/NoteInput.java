package uk.nhs.psirf.programmes.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

public record NoteInput(
        @NotBlank(message = "Enter the note") @Size(max = 4000, message = "The note must be 4000 characters or fewer") String text) {
}
