package uk.nhs.psirf.triage.api;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The event (at the version last read) duplicates the event with this reference. */
public record DuplicateMark(
        @NotNull(message = "The version last read is required") @Min(value = 0, message = "The version is not valid") Long version,
        @NotBlank(message = "Enter the reference of the original event") @Size(max = 20, message = "A reference is 20 characters or fewer") String duplicateOfReference) {
}
