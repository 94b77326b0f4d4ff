package uk.nhs.psirf.improvementplans.api;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;
import java.util.UUID;

/** A plan's details; everything is replaced by what is sent. {@code version} when changing. */
public record ImprovementPlanInput(
        @Min(value = 0, message = "The version is not valid") Long version,
        @NotBlank(message = "Enter the plan's title") @Size(max = 200, message = "The title must be 200 characters or fewer") String title,
        @NotBlank(message = "Select what the plan is for") String scope,
        @Size(max = 200, message = "The name must be 200 characters or fewer") String scopeDetail,
        @Size(max = 50, message = "Select a location from the list") String locationCode,
        @Size(max = 4000, message = "The summary must be 4000 characters or fewer") String summary,
        @Size(max = 500, message = "The QI project must be 500 characters or fewer") String qiProjectLink,
        @NotNull(message = "Select the plan's owner") UUID ownerPersonId,
        @NotNull(message = "Enter the review date") LocalDate reviewOn) {
}
