package uk.nhs.psirf.decision.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

public record PanelMemberInput(
        @NotBlank(message = "Enter the name of the panel member") @Size(max = 200, message = "The name must be 200 characters or fewer") String name,
        @NotBlank(message = "Enter the role of the panel member") @Size(max = 200, message = "The role must be 200 characters or fewer") String role,
        Boolean chair) {

    public boolean isChair() {
        return Boolean.TRUE.equals(chair);
    }
}
