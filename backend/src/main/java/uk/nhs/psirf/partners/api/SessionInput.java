package uk.nhs.psirf.partners.api;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;
import java.util.UUID;

/** A supervision session held with a partner. */
public record SessionInput(
        @NotNull(message = "Enter the date of the session") LocalDate heldOn,
        @NotNull(message = "Select who the session was with") UUID withPersonId,
        @Size(max = 1000, message = "The notes must be 1000 characters or fewer") String notes,
        LocalDate nextSessionOn) {
}
