package uk.nhs.psirf.programmes.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;

/** A meeting or reflective practice session held; never incident or patient details. */
public record MeetingInput(
        @NotBlank(message = "Say whether this was a meeting or a reflective practice session") String kind,
        @NotNull(message = "Enter the date of the meeting") LocalDate heldOn,
        @Size(max = 200, message = "The theme must be 200 characters or fewer") String theme,
        @Size(max = 200, message = "The facilitator must be 200 characters or fewer") String facilitator,
        @Size(max = 4000, message = "The notes must be 4000 characters or fewer") String notes) {
}
