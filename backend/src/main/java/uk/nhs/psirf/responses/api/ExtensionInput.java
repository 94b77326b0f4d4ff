package uk.nhs.psirf.responses.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;
import java.util.List;

public record ExtensionInput(
        @NotNull(message = "The version last read is required") @Min(value = 0, message = "The version is not valid") Long version,
        @NotNull(message = "Enter the new target date") LocalDate newTargetOn,
        @NotBlank(message = "Enter the reason for the extension") @Size(max = 2000, message = "The reason must be 2000 characters or fewer") String reason,
        @Size(max = 20, message = "Record at most 20 people") List<@Valid @NotNull(message = "Enter who agreed") AgreementInput> agreedBy) {

    public List<AgreementInput> agreedByOrEmpty() {
        return agreedBy == null ? List.of() : agreedBy;
    }
}
