package uk.nhs.psirf.qiprojects.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** Values to add to a measure, one per date. */
public record DataPointsInput(
        @NotNull(message = "Enter at least one value") @Size(max = 200, message = "Send at most 200 values at once") List<@Valid @NotNull(message = "Enter the value and its date") PointInput> points) {

    /** One value; {@code astronomical} when the team judges it obviously different from the rest. */
    public record PointInput(LocalDate date, BigDecimal value,
                             @Size(max = 500, message = "Keep the note to 500 characters or fewer") String note,
                             Boolean astronomical) {
    }
}
