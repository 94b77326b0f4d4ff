package uk.nhs.psirf.candour.api;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;

/** Every step is replaced by what is sent; a field left out is cleared. Each step: a date, or why it was not done. */
public record CandourStepsInput(
        @NotNull(message = "The version last read is required") @Min(value = 0, message = "The version is not valid") Long version,
        LocalDate verbalNotifiedOn,
        @Size(max = 200, message = "Who gave the notification must be 200 characters or fewer") String verbalNotifiedBy,
        @Size(max = 200, message = "Who was told must be 200 characters or fewer") String verbalNotifiedTo,
        @Size(max = 2000, message = "The reason must be 2000 characters or fewer") String verbalNotDoneReason,
        LocalDate writtenSentOn,
        @Size(max = 2000, message = "The reason must be 2000 characters or fewer") String writtenNotDoneReason,
        LocalDate findingsSharedOn,
        @Size(max = 2000, message = "The reason must be 2000 characters or fewer") String findingsNotDoneReason) {
}
