package uk.nhs.psirf.engagement.api;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import java.util.List;
import java.util.UUID;

/** Adding or changing a person affected; {@code version} is required when changing. */
public record PersonAffectedInput(
        @Min(value = 0, message = "The version is not valid") Long version,
        @NotBlank(message = "Select who this person is") String kind,
        @NotBlank(message = "Enter the person's name") @Size(max = 200, message = "The name must be 200 characters or fewer") String name,
        UUID namedContactPersonId,
        @Size(max = 200, message = "The named contact must be 200 characters or fewer") String namedContactName,
        @Size(max = 200, message = "The preferred contact method must be 200 characters or fewer") String preferredContactMethod,
        @Size(max = 4000, message = "Access and support needs must be 4000 characters or fewer") String accessAndSupportNeeds,
        @Size(max = 6, message = "Choose at most 6 levels of involvement") List<String> involvement) {

    public List<String> involvementOrEmpty() {
        return involvement == null ? List.of() : involvement;
    }
}
