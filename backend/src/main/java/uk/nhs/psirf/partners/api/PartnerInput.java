package uk.nhs.psirf.partners.api;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Registering a partner or changing their entry; {@code version} is required when changing. */
public record PartnerInput(
        @Min(value = 0, message = "The version is not valid") Long version,
        @NotNull(message = "Select the patient safety partner") UUID personId,
        @NotNull(message = "Select the person who supports the partner") UUID supporterPersonId,
        @NotNull(message = "Enter the date the partnership started") LocalDate startedOn,
        LocalDate endedOn,
        @Size(max = 5, message = "Choose at most 5 areas of involvement") List<String> areas) {

    public List<String> areasOrEmpty() {
        return areas == null ? List.of() : areas;
    }
}
