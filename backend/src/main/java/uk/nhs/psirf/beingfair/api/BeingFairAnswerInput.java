package uk.nhs.psirf.beingfair.api;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

/** One answer, to the question the tool asks next; {@code version} as last read. */
public record BeingFairAnswerInput(
        @NotNull(message = "The version last read is required") @Min(value = 0, message = "The version is not valid") Long version,
        @NotBlank(message = "Give the question being answered") String question,
        @NotBlank(message = "Select an answer") String answer) {
}
