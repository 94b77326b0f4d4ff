package uk.nhs.psirf.investigation.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.List;
import java.util.UUID;

/** The contributory factors, each in a SEIPS work-system category. */
public record FactorsInput(
        @NotNull(message = "The version last read is required") @Min(value = 0, message = "The version is not valid") Long version,
        @NotNull(message = "List the factors (it may be empty)") @Size(max = 200, message = "Enter 200 factors or fewer") List<@Valid Factor> factors) {

    public record Factor(
            @NotBlank(message = "Select the part of the work system") String category,
            @NotBlank(message = "Describe the factor") @Size(max = 4000, message = "The description must be 4000 characters or fewer") String description,
            UUID chronologyEntryId) {
    }
}
