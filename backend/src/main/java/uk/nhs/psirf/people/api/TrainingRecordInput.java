package uk.nhs.psirf.people.api;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A person's training as the patient safety specialist records it. Amounts are in steps of a tenth; the maxima are
 * far above any real record and only catch slips of the keyboard.
 */
public record TrainingRecordInput(
        @NotNull(message = "The version last read is required")
        @Min(value = 0, message = "The version is not valid") Long version,
        LocalDate level1CompletedOn,
        LocalDate level2CompletedOn,
        @DecimalMin(value = "0", message = "Enter 0 or more days")
        @DecimalMax(value = "100", message = "Enter 100 days or fewer")
        @Digits(integer = 3, fraction = 1, message = "Enter days to one decimal place, like 2 or 1.5")
        BigDecimal learningFromIncidentsDays,
        @DecimalMin(value = "0", message = "Enter 0 or more hours")
        @DecimalMax(value = "500", message = "Enter 500 hours or fewer")
        @Digits(integer = 3, fraction = 1, message = "Enter hours to one decimal place, like 6 or 7.5")
        BigDecimal engagementTrainingHours,
        @DecimalMin(value = "0", message = "Enter 0 or more days")
        @DecimalMax(value = "100", message = "Enter 100 days or fewer")
        @Digits(integer = 3, fraction = 1, message = "Enter days to one decimal place, like 1 or 0.5")
        BigDecimal oversightTrainingDays) {
}
