package uk.nhs.psirf.responses.api;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.UUID;

public record TeamMemberInput(
        @NotNull(message = "Select a person") UUID personId,
        @Size(max = 200, message = "The team role must be 200 characters or fewer") String teamRole) {
}
