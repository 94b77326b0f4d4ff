package uk.nhs.psirf.responses.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;

public record OrganisationNotifiedInput(
        @NotBlank(message = "Enter the name of the organisation") @Size(max = 200, message = "The name must be 200 characters or fewer") String name,
        LocalDate notifiedOn) {
}
