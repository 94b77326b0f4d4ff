package uk.nhs.psirf.staffsupport.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;

public record SupportStepInput(
        @NotBlank(message = "Give the step's code") String code,
        LocalDate doneOn,
        @Size(max = 1000, message = "The note must be 1000 characters or fewer") String note) {
}
