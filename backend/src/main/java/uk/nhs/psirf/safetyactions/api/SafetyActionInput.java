package uk.nhs.psirf.safetyactions.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A new safety action: its source (a response, a theme or a plan) and what is known of it so far. */
public record SafetyActionInput(
        @NotBlank(message = "Enter a title for the action") @Size(max = 200, message = "The title must be 200 characters or fewer") String title,
        @Size(max = 4000, message = "The description must be 4000 characters or fewer") String description,
        @NotBlank(message = "Select where the action comes from") String source,
        UUID responseId,
        @Size(max = 200, message = "The theme must be 200 characters or fewer") String theme,
        UUID planId,
        UUID ownerPersonId,
        @Size(max = 20, message = "Give at most 20 measures") List<@Size(max = 1000, message = "A measure must be 1000 characters or fewer") String> measures,
        LocalDate dueOn) {

    public List<String> measuresOrEmpty() {
        return measures == null ? List.of() : measures;
    }
}
