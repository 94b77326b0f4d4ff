package uk.nhs.psirf.reporting.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record StaffInvolved(
        @Size(max = 200, message = "Name must be 200 characters or fewer") String name,
        @NotBlank(message = "Enter the job role") @Size(max = 100, message = "Job role must be 100 characters or fewer") String role,
        Integer staffType) {
}
