package uk.nhs.psirf.response.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

public record AgreementInput(
        @NotBlank(message = "Enter the name of the person who agreed") @Size(max = 200, message = "The name must be 200 characters or fewer") String name,
        @NotBlank(message = "Enter their relationship to the incident") @Size(max = 200, message = "The relationship must be 200 characters or fewer") String relationship) {
}
