package uk.nhs.psirf.staffsupport.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.List;

/** The support of one member of staff; everything is replaced by what is sent. {@code version} when changing. */
public record StaffSupportInput(
        @Min(value = 0, message = "The version is not valid") Long version,
        @NotBlank(message = "Enter the staff member's name") @Size(max = 200, message = "The name must be 200 characters or fewer") String staffName,
        @Size(max = 200, message = "The role must be 200 characters or fewer") String staffRole,
        @NotNull(message = "Enter the line manager") @Valid SupporterInput lineManager,
        @Valid SupporterInput reviewer,
        @Size(max = 4000, message = "Signposting must be 4000 characters or fewer") String signposting,
        Boolean hrContacted,
        @Size(max = 20, message = "Too many steps") List<@Valid @NotNull(message = "Give the step") SupportStepInput> steps) {

    public List<SupportStepInput> stepsOrEmpty() {
        return steps == null ? List.of() : steps;
    }
}
