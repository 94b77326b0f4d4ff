package uk.nhs.psirf.reporting.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;

/** The patient; name, NHS number, date of birth and address are identifiable, the codes are not. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PatientDetails(
        @Size(max = 200, message = "Patient name must be 200 characters or fewer") String name,
        @ValidNhsNumber String nhsNumber,
        LocalDate dateOfBirth,
        @Size(max = 500, message = "Address must be 500 characters or fewer") String address,
        Integer ageBracket,
        Integer gender,
        Integer ethnicity) {

    public boolean hasNoDetails() {
        return name == null && nhsNumber == null && dateOfBirth == null && address == null && ageBracket == null
                && gender == null && ethnicity == null;
    }
}
