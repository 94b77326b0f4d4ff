package uk.nhs.psirf.triage.api;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import uk.nhs.psirf.reporting.domain.EventStatus;

/** A triage decision; {@code version} is the version last read (optimistic locking). */
public record TriageUpdate(
        @NotNull(message = "The version last read is required") @Min(value = 0, message = "The version is not valid") Long version,
        @NotNull(message = "Select the status") EventStatus status,
        @NotBlank(message = "Select the category") @Size(max = 50, message = "Category code must be 50 characters or fewer") String categoryCode,
        @NotNull(message = "Select the physical harm") @Min(value = 1, message = "Select a physical harm level from the list") @Max(value = 5, message = "Select a physical harm level from the list") Integer physicalHarm,
        @NotNull(message = "Select the psychological harm") @Min(value = 1, message = "Select a psychological harm level from the list") @Max(value = 4, message = "Select a psychological harm level from the list") Integer psychologicalHarm,
        @Size(max = 2000, message = "The note must be 2000 characters or fewer") String note) {
}
