package uk.nhs.psirf.coachrecruitment.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;

/** A candidate's withdrawal from the pathway, at any point before induction. */
public record WithdrawalInput(
        @NotNull(message = "Enter the date the candidate withdrew") LocalDate withdrawnOn,
        @NotBlank(message = "Enter why the candidate withdrew")
        @Size(max = 1000, message = "The reason must be 1000 characters or fewer") String reason) {
}
