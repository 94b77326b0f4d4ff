package uk.nhs.psirf.beingfair.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.UUID;

/**
 * Opening the tool for a member of staff of a learning response, naming the person of the other team who will use it
 * jointly. {@code openedAs} only when the caller holds both roles.
 */
public record BeingFairOpenInput(
        @NotNull(message = "Give the learning response") UUID responseId,
        @NotBlank(message = "Enter the name of the member of staff concerned")
        @Size(max = 200, message = "The name must be 200 characters or fewer") String staffName,
        @NotBlank(message = "Enter the job role of the member of staff concerned")
        @Size(max = 200, message = "The job role must be 200 characters or fewer") String staffJobRole,
        @NotNull(message = "Name the person who will use the tool with you") @Valid JointUserInput jointUser,
        String openedAs) {
}
