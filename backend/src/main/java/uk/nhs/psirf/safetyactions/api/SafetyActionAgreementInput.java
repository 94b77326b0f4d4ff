package uk.nhs.psirf.safetyactions.api;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/** Agreeing an action as it was read. */
public record SafetyActionAgreementInput(
        @NotNull(message = "The version last read is required") @Min(value = 0, message = "The version is not valid") Long version) {
}
