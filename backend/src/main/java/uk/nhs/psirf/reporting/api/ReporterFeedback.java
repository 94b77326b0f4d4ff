package uk.nhs.psirf.reporting.api;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** What was learnt, shown to the reporter as written. */
public record ReporterFeedback(
        @NotNull(message = "The version last read is required") @Min(value = 0, message = "The version is not valid") Long version,
        @NotBlank(message = "Enter what was learnt") @Size(max = 4000, message = "What was learnt must be 4000 characters or fewer") String learning) {
}
