package uk.nhs.psirf.investigation.api;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;
import java.util.UUID;

/** The overseer's sign-off of the final report. */
public record SignOffInput(
        @NotNull(message = "The version last read is required") @Min(value = 0, message = "The version is not valid") Long version,
        @NotNull(message = "Select the overseer") UUID overseerPersonId,
        @NotNull(message = "Enter the date of the sign-off") LocalDate signedOffOn,
        @NotBlank(message = "Enter the overseer's comment") @Size(max = 2000, message = "The comment must be 2000 characters or fewer") String comment) {
}
