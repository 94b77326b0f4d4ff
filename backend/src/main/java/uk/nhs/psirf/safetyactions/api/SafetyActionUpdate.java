package uk.nhs.psirf.safetyactions.api;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A change to a safety action; everything but its source is replaced by what is sent. */
public record SafetyActionUpdate(
        @NotNull(message = "The version last read is required") @Min(value = 0, message = "The version is not valid") Long version,
        @NotBlank(message = "Enter a title for the action") @Size(max = 200, message = "The title must be 200 characters or fewer") String title,
        @Size(max = 4000, message = "The description must be 4000 characters or fewer") String description,
        UUID planId,
        UUID ownerPersonId,
        @Size(max = 20, message = "Give at most 20 measures") List<@Size(max = 1000, message = "A measure must be 1000 characters or fewer") String> measures,
        LocalDate dueOn) {

    public List<String> measuresOrEmpty() {
        return measures == null ? List.of() : measures;
    }
}
