package uk.nhs.psirf.programmes.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.List;

/** The whole register of a session, replacing the one read at {@code version}. */
public record AttendanceInput(
        @NotNull(message = "The version last read is required") Long version,
        @NotNull(message = "Send the register, even when it is empty") @Size(max = 200, message = "A register holds 200 people at most") List<@NotNull(message = "Select a person") @Valid AttendeeInput> attendees) {
}
