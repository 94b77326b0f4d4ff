package uk.nhs.psirf.candour.api;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The patient safety specialist confirms (or departs from) what the harm proposes, saying why. */
public record CandourDecisionInput(
        @NotNull(message = "The version last read is required") @Min(value = 0, message = "The version is not valid") Long version,
        @NotNull(message = "Select whether the event is notifiable") Boolean notifiable,
        @NotNull(message = "Select whether the psychological harm is prolonged") Boolean prolongedPsychologicalHarm,
        @NotBlank(message = "Enter why the event is or is not notifiable") @Size(max = 2000, message = "The reason must be 2000 characters or fewer") String reason) {
}
