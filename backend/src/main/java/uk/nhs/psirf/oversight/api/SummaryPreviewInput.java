package uk.nhs.psirf.oversight.api;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A summary for oversight as its author has written it so far, to be shown as partners will see it. */
public record SummaryPreviewInput(
        @NotNull(message = "Enter the summary to preview")
        @Size(max = 4000, message = "The summary must be 4000 characters or fewer") String summary) {
}
