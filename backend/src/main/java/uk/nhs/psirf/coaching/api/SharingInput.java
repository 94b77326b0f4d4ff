package uk.nhs.psirf.coaching.api;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/** The coach's choice to share a record with the patient safety team (or stop sharing it). */
public record SharingInput(
        @NotNull(message = "The version last read is required") @Min(value = 0, message = "The version is not valid") Long version,
        @NotNull(message = "Say whether to share the record") Boolean shared) {
}
