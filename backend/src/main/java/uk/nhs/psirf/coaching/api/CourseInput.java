package uk.nhs.psirf.coaching.api;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/** Progress on the QI course; {@code completed} asks to complete it (refused with fewer than 5 hours coached). */
public record CourseInput(
        @NotNull(message = "The version last read is required") @Min(value = 0, message = "The version is not valid") Long version,
        @NotNull(message = "Enter the training days attended")
        @Min(value = 0, message = "The training days cannot be negative")
        @Max(value = 4, message = "The course has 4 training days") Integer trainingDaysAttended,
        Boolean posterSubmitted,
        Boolean presentationGiven,
        Boolean completed) {
}
