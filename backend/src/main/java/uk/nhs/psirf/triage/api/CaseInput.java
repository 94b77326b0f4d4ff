package uk.nhs.psirf.triage.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.List;
import java.util.UUID;

/** A new case grouping events; {@code version} is only for an update (see {@link CaseUpdate}). */
public record CaseInput(
        @NotBlank(message = "Enter a title") @Size(max = 200, message = "The title must be 200 characters or fewer") String title,
        @Size(max = 1000, message = "The theme must be 1000 characters or fewer") String theme,
        @NotEmpty(message = "Choose at least one event") @Size(max = 50, message = "A case can have at most 50 events") List<@NotNull(message = "Choose an event") UUID> eventIds) {
}
