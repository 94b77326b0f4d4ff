package uk.nhs.psirf.responseplan.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;
import java.util.List;

/** The RAPID assessment as entered; a draft may leave parts empty, approval needs them all. */
public record EqualityImpactInput(
        @Size(max = 200, message = "The reviewer's name must be 200 characters or fewer") String reviewerName,
        @Size(max = 200, message = "The reviewer's job role must be 200 characters or fewer") String reviewerRole,
        LocalDate reviewedOn,
        @Size(max = 11, message = "There are eleven groups") List<@Valid @NotNull(message = "Enter the group's impact") GroupImpactInput> groups,
        @Valid FullAssessmentInput fullAssessment) {
}
