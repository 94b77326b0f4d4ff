package uk.nhs.psirf.programmes.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import java.util.UUID;

public record AttendeeInput(
        @NotNull(message = "Select a person") UUID personId,
        @NotBlank(message = "Say whether the person is booked, attended or did not attend") String status) {
}
