package uk.nhs.psirf.safetyactions.api;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;

/** An effectiveness review; the next review defaults to a year after this one. */
public record SafetyActionReviewInput(
        @NotNull(message = "The version last read is required") @Min(value = 0, message = "The version is not valid") Long version,
        @NotNull(message = "Enter the date of the review") LocalDate reviewedOn,
        @NotBlank(message = "Select whether the action was effective") String outcome,
        @NotBlank(message = "Enter the evidence for the outcome") @Size(max = 4000, message = "The evidence must be 4000 characters or fewer") String evidence,
        LocalDate nextReviewOn) {
}
