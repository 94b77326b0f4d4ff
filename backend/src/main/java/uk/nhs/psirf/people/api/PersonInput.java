package uk.nhs.psirf.people.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A new person: their e-mail address links them to their sign-in, so it must be the one Keycloak holds. */
public record PersonInput(
        @NotBlank(message = "Enter the person's full name")
        @Size(max = 200, message = "The name must be 200 characters or fewer") String name,
        @NotBlank(message = "Enter the person's NHS e-mail address")
        @Size(max = 254, message = "The e-mail address must be 254 characters or fewer")
        @Pattern(regexp = PersonInput.EMAIL, message = "Enter an e-mail address like name@example.nhs.uk") String email,
        @Size(max = 200, message = "The job role must be 200 characters or fewer") String jobRole) {

    static final String EMAIL = "^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$";
}
