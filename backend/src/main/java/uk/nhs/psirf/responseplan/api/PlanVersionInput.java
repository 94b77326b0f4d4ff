package uk.nhs.psirf.responseplan.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;
import java.util.List;

/** A draft plan version as a patient safety specialist writes it; {@code version} is required when updating. */
public record PlanVersionInput(
        @Min(value = 0, message = "The version is not valid") Long version,
        @NotNull(message = "Enter the date the plan starts") LocalDate periodFrom,
        @NotNull(message = "Enter the date the plan ends") LocalDate periodTo,
        @NotNull(message = "Enter the review date") LocalDate reviewDate,
        @Size(max = 50, message = "A plan can have at most 50 national requirements") List<@Valid @NotNull(message = "Enter the requirement") PlannedResponseInput> nationalRequirements,
        @Size(max = 50, message = "A plan can have at most 50 local priorities") List<@Valid @NotNull(message = "Enter the priority") PlannedResponseInput> localPriorities,
        @Valid EqualityImpactInput equalityImpact) {

    public List<PlannedResponseInput> nationalRequirementsOrEmpty() {
        return nationalRequirements == null ? List.of() : nationalRequirements;
    }

    public List<PlannedResponseInput> localPrioritiesOrEmpty() {
        return localPriorities == null ? List.of() : localPriorities;
    }
}
