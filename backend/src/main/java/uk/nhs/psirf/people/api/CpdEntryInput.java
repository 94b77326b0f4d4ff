package uk.nhs.psirf.people.api;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.math.BigDecimal;
import java.time.LocalDate;

/** Continuing professional development in incident response skills and knowledge (policy §4.1). */
public record CpdEntryInput(
        @NotNull(message = "Enter the date of the CPD") LocalDate completedOn,
        @NotBlank(message = "Enter what the CPD was")
        @Size(max = 200, message = "The title must be 200 characters or fewer") String title,
        @NotNull(message = "Enter the hours of CPD")
        @DecimalMin(value = "0.1", message = "Enter more than 0 hours")
        @DecimalMax(value = "200", message = "Enter 200 hours or fewer")
        @Digits(integer = 3, fraction = 1, message = "Enter hours to one decimal place, like 3 or 1.5")
        BigDecimal hours) {
}
