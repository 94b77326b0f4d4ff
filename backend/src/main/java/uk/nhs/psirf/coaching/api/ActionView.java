package uk.nhs.psirf.coaching.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** An action agreed at a session and who takes it forward. */
public record ActionView(
        @NotBlank(message = "Enter the action") @Size(max = 1000, message = "The action must be 1000 characters or fewer") String action,
        @NotBlank(message = "Enter who owns the action") @Size(max = 200, message = "The owner must be 200 characters or fewer") String owner) {
}
