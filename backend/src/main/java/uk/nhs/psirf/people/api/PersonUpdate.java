package uk.nhs.psirf.people.api;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** Changed details of a person, with the version last read; {@code active = false} takes them off every list. */
public record PersonUpdate(
        @NotNull(message = "The version last read is required")
        @Min(value = 0, message = "The version is not valid") Long version,
        @NotBlank(message = "Enter the person's full name")
        @Size(max = 200, message = "The name must be 200 characters or fewer") String name,
        @NotBlank(message = "Enter the person's NHS e-mail address")
        @Size(max = 254, message = "The e-mail address must be 254 characters or fewer")
        @Pattern(regexp = PersonInput.EMAIL, message = "Enter an e-mail address like name@example.nhs.uk") String email,
        @Size(max = 200, message = "The job role must be 200 characters or fewer") String jobRole,
        @NotNull(message = "Say whether the person is active") Boolean active) {
}
