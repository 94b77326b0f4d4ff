package uk.nhs.psirf.responses.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.List;
import java.util.UUID;

/** The lead, the engagement lead and the team replace what was there; a field left out is cleared. */
public record TeamInput(
        @NotNull(message = "The version last read is required") @Min(value = 0, message = "The version is not valid") Long version,
        UUID leadPersonId,
        UUID engagementLeadPersonId,
        @Size(max = 30, message = "Add at most 30 team members") List<@Valid @NotNull(message = "Select a person") TeamMemberInput> members) {

    public List<TeamMemberInput> membersOrEmpty() {
        return members == null ? List.of() : members;
    }
}
