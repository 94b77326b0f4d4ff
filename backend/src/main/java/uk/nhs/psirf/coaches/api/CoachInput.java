package uk.nhs.psirf.coaches.api;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import java.time.LocalDate;
import java.util.UUID;

/** Registering a coach or changing (or ending) their entry; {@code version} is required when changing. */
public record CoachInput(
        @Min(value = 0, message = "The version is not valid") Long version,
        @NotNull(message = "Select the coach") UUID personId,
        @NotNull(message = "Select the kind of coach") String kind,
        @NotNull(message = "Select the directorate the coach works in") Long directorateId,
        @NotNull(message = "Enter the date the coach started") LocalDate startedOn,
        LocalDate endedOn) {
}
