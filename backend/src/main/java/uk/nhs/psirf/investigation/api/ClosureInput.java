package uk.nhs.psirf.investigation.api;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/** Close the response, at the version of the learning response last read. */
public record ClosureInput(@NotNull(message = "The version last read is required") @Min(value = 0, message = "The version is not valid") Long version) {
}
