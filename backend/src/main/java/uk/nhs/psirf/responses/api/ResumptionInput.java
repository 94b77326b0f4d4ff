package uk.nhs.psirf.responses.api;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import java.time.LocalDate;

public record ResumptionInput(
        @NotNull(message = "The version last read is required") @Min(value = 0, message = "The version is not valid") Long version,
        @NotNull(message = "Enter the date the response resumed") LocalDate resumedOn) {
}
