package uk.nhs.psirf.qiprojects.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The monthly progress update to the sponsor. */
public record ProjectUpdateInput(
        @NotBlank(message = "Enter the progress made this month") @Size(max = 2000, message = "Keep it to 2000 characters or fewer") String progress,
        @Size(max = 2000, message = "Keep it to 2000 characters or fewer") String nextSteps,
        @Size(max = 1000, message = "Keep it to 1000 characters or fewer") String helpNeeded) {
}
