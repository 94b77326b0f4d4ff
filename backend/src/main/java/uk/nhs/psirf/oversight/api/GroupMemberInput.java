package uk.nhs.psirf.oversight.api;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.UUID;

/** A person of the directory added to a group with their part in it; the group's version last read. */
public record GroupMemberInput(
        @NotNull(message = "Select a person from the list") UUID personId,
        @NotBlank(message = "Enter their role in the group, for example chair or member")
        @Size(max = 200, message = "The role must be 200 characters or fewer") String groupRole,
        @NotNull(message = "The version last read is required")
        @Min(value = 0, message = "The version is not valid") Long version) {
}
