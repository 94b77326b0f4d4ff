package uk.nhs.psirf.beingfair.api;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The three questions to consider before using the tool (Sidney Dekker, 2022). */
public record ConsiderationsInput(
        @NotNull(message = "The version last read is required") @Min(value = 0, message = "The version is not valid") Long version,
        @NotBlank(message = "Enter who is hurt")
        @Size(max = 4000, message = "The answer must be 4000 characters or fewer") String whoIsHurt,
        @NotBlank(message = "Enter what they need")
        @Size(max = 4000, message = "The answer must be 4000 characters or fewer") String whatTheyNeed,
        @NotBlank(message = "Enter whose responsibility it is to meet that need")
        @Size(max = 4000, message = "The answer must be 4000 characters or fewer") String whoseResponsibility) {
}
