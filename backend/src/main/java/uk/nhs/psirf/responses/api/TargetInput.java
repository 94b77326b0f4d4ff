package uk.nhs.psirf.responses.api;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import java.time.LocalDate;

/** An earlier target than the type's default (a later one is an extension). */
public record TargetInput(
        @NotNull(message = "The version last read is required") @Min(value = 0, message = "The version is not valid") Long version,
        @NotNull(message = "Enter the target completion date") LocalDate targetCompletionOn) {
}
