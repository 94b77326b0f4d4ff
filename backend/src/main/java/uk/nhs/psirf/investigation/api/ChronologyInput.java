package uk.nhs.psirf.investigation.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** The whole chronology: entries with an id are kept (edited), new ones have none, missing ones are removed. */
public record ChronologyInput(
        @NotNull(message = "The version last read is required") @Min(value = 0, message = "The version is not valid") Long version,
        @NotNull(message = "List the chronology entries (it may be empty)") @Size(max = 500, message = "Enter 500 entries or fewer") List<@Valid Entry> entries) {

    public record Entry(
            UUID id,
            @NotNull(message = "Enter the date and time") OffsetDateTime at,
            @NotBlank(message = "Enter what happened") @Size(max = 4000, message = "What happened must be 4000 characters or fewer") String what,
            @NotBlank(message = "Enter the source") @Size(max = 500, message = "The source must be 500 characters or fewer") String source) {
    }
}
