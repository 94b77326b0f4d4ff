package uk.nhs.psirf.coaching.api;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/** Accepting the ground rules of the contract at the version read. */
public record AcceptanceInput(
        @NotNull(message = "The version last read is required") @Min(value = 0, message = "The version is not valid") Long version) {
}
