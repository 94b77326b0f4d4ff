package uk.nhs.psirf.coachrecruitment.api;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;
import java.util.UUID;

/**
 * Signing off one step of the pathway: the date it was done and the step's own fields (the service says which a
 * step needs): {@code signedBy} for the two sign-offs, {@code cohort} and {@code startsOn} for the programme place,
 * {@code personId} (optional) for the bank appointment, and the induction's confirmations and line manager.
 */
public record StepInput(
        @NotNull(message = "Enter the date the step was done") LocalDate doneOn,
        @Size(max = 200, message = "The name must be 200 characters or fewer") String signedBy,
        @Size(max = 200, message = "The cohort must be 200 characters or fewer") String cohort,
        LocalDate startsOn,
        UUID personId,
        Boolean technologySupport,
        Boolean identification,
        UUID lineManagerPersonId,
        String lineManagerAllocatedBy) {
}
