package uk.nhs.psirf.responseplan.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** An issue or category and its planned response; the response type code is checked by the service. */
public record PlannedResponseInput(
        @Size(max = 300, message = "The issue must be 300 characters or fewer") String issue,
        @Size(max = 50, message = "Category code must be 50 characters or fewer") String categoryCode,
        @NotBlank(message = "Select the planned response") @Size(max = 40, message = "Select a planned response from the list") String responseType,
        @Size(max = 2000, message = "The rationale must be 2000 characters or fewer") String rationale,
        @Size(max = 500, message = "The link to improvement work must be 500 characters or fewer") String improvementLink) {
}
