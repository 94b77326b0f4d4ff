package uk.nhs.psirf.coaches.api;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;
import java.util.UUID;

/** A supervision session held with a coach by an improvement advisor. */
public record CoachSupervisionInput(
        @NotNull(message = "Enter the date of the session") LocalDate heldOn,
        @NotNull(message = "Select the improvement advisor who held the session") UUID advisorPersonId,
        @Size(max = 2000, message = "The notes must be 2000 characters or fewer") String notes,
        LocalDate nextSessionOn) {
}
