package uk.nhs.psirf.qiprojects.api;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A new measure: {@code kind} outcome, process or balancing; {@code direction} increase or decrease. */
public record MeasureInput(
        @NotBlank(message = "Select the kind of measure") String kind,
        @NotBlank(message = "Enter the measure's name") @Size(max = 200, message = "Keep the name to 200 characters or fewer") String name,
        @NotBlank(message = "Enter how the measure is defined") @Size(max = 1000, message = "Keep the definition to 1000 characters or fewer") String definition,
        @NotBlank(message = "Enter the unit") @Size(max = 50, message = "Keep the unit to 50 characters or fewer") String unit,
        @NotBlank(message = "Select which direction is an improvement") String direction,
        @Min(value = 10, message = "A baseline has at least 10 points") @Max(value = 100, message = "A baseline has at most 100 points") Integer baselinePoints) {
}
