package uk.nhs.psirf.responses.api;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;

public record PauseInput(
        @NotNull(message = "The version last read is required") @Min(value = 0, message = "The version is not valid") Long version,
        @NotNull(message = "Enter the date the pause started") LocalDate startedOn,
        @NotBlank(message = "Enter the reason for the pause") @Size(max = 2000, message = "The reason must be 2000 characters or fewer") String reason) {
}
