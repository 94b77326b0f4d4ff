package uk.nhs.psirf.coaching.api;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;

/** The review after four sessions: when, what was said, and whether the coaching carries on. */
public record ReviewInput(
        @NotNull(message = "The version last read is required") @Min(value = 0, message = "The version is not valid") Long version,
        @NotNull(message = "Enter the date of the review") LocalDate heldOn,
        @Size(max = 2000, message = "The notes must be 2000 characters or fewer") String notes,
        @NotNull(message = "Say whether the coaching carries on") Boolean carryOn) {
}
