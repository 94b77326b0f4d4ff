package uk.nhs.psirf.investigation.api;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.List;

/** The findings and the areas for improvement. */
public record FindingsInput(
        @NotNull(message = "The version last read is required") @Min(value = 0, message = "The version is not valid") Long version,
        @NotNull(message = "List the findings (it may be empty)") @Size(max = 100, message = "Enter 100 findings or fewer") List<@NotBlank(message = "Enter the finding") @Size(max = 4000, message = "A finding must be 4000 characters or fewer") String> findings,
        @NotNull(message = "List the areas for improvement (it may be empty)") @Size(max = 100, message = "Enter 100 areas or fewer") List<@NotBlank(message = "Enter the area for improvement") @Size(max = 4000, message = "An area for improvement must be 4000 characters or fewer") String> areasForImprovement) {
}
