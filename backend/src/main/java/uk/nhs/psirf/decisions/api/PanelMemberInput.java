package uk.nhs.psirf.decisions.api;

import jakarta.validation.constraints.NotNull;

import java.util.UUID;

/** A panel member chosen from the people directory; their name and job role come from there. */
public record PanelMemberInput(
        @NotNull(message = "Select the panel member from the people directory") UUID personId,
        Boolean chair) {

    public boolean isChair() {
        return Boolean.TRUE.equals(chair);
    }
}
