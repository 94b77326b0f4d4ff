package uk.nhs.psirf.programmes.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import java.util.List;
import java.util.UUID;

/** A community of practice; {@code version} is required when changing one. */
public record CommunityInput(
        Long version,
        @NotBlank(message = "Enter the name of the community") @Size(max = 200, message = "The name must be 200 characters or fewer") String name,
        @NotBlank(message = "Enter the purpose of the community") @Size(max = 2000, message = "The purpose must be 2000 characters or fewer") String purpose,
        @Size(max = 200, message = "A community has 200 members at most") List<UUID> memberPersonIds) {

    public List<UUID> membersOrEmpty() {
        return memberPersonIds == null ? List.of() : memberPersonIds;
    }
}
