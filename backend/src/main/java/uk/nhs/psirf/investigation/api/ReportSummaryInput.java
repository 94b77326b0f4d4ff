package uk.nhs.psirf.investigation.api;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The summary that opens the final report, in words a family can read. */
public record ReportSummaryInput(
        @NotNull(message = "The version last read is required") @Min(value = 0, message = "The version is not valid") Long version,
        @NotBlank(message = "Enter the summary") @Size(max = 10000, message = "The summary must be 10000 characters or fewer") String summary) {
}
