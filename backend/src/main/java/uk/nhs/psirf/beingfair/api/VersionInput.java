package uk.nhs.psirf.beingfair.api;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/** The version of the record last read, for a change that carries nothing else. */
public record VersionInput(
        @NotNull(message = "The version last read is required") @Min(value = 0, message = "The version is not valid") Long version) {
}
