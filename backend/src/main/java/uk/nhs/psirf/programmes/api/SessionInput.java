package uk.nhs.psirf.programmes.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;

/** When and where a session is held; {@code version} is required when changing a session. */
public record SessionInput(
        Long version,
        @NotNull(message = "Enter the date of the session") LocalDate heldOn,
        @NotBlank(message = "Enter the start time") @Pattern(regexp = TIME, message = "Enter the start time as hh:mm, for example 09:30") String startsAt,
        @NotBlank(message = "Enter the finish time") @Pattern(regexp = TIME, message = "Enter the finish time as hh:mm, for example 12:30") String endsAt,
        @Size(max = 200, message = "The venue must be 200 characters or fewer") String venue,
        Boolean online,
        @NotBlank(message = "Enter who facilitates the session") @Size(max = 200, message = "The facilitator must be 200 characters or fewer") String facilitator) {
    public static final String TIME = "([01][0-9]|2[0-3]):[0-5][0-9]";
}
