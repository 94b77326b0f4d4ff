package uk.nhs.psirf.responses.api;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The Chief Nurse verifies the PSII last read, saying why. */
public record PsiiVerificationInput(
        @NotNull(message = "The version last read is required") @Min(value = 0, message = "The version is not valid") Long version,
        @NotBlank(message = "Enter a comment on the verification") @Size(max = 2000, message = "The comment must be 2000 characters or fewer") String comment) {
}
