package uk.nhs.psirf.oversight.api;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A new oversight group, or a change to one ({@code version} is then required). */
public record OversightGroupInput(
        @NotBlank(message = "Enter the name of the group")
        @Size(max = 200, message = "The name must be 200 characters or fewer") String name,
        @Size(max = 2000, message = "The purpose must be 2000 characters or fewer") String purpose,
        @Min(value = 0, message = "The version is not valid") Long version) {
}
