package uk.nhs.psirf.safetyactions.api;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A progress update: what has happened and the status it leaves the action in. */
public record SafetyActionProgressInput(
        @NotNull(message = "The version last read is required") @Min(value = 0, message = "The version is not valid") Long version,
        @NotBlank(message = "Enter what has happened") @Size(max = 4000, message = "The note must be 4000 characters or fewer") String note,
        @NotBlank(message = "Select the status of the action") String status) {
}
