package uk.nhs.psirf.responseplan.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

public record GroupImpactInput(
        @NotBlank(message = "Name the group") @Size(max = 40, message = "Select a group from the list") String group,
        @Size(max = 20, message = "Choose positive, negative or no impact") String impact,
        @Size(max = 2000, message = "Comments must be 2000 characters or fewer") String comments) {
}
