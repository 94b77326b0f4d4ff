package uk.nhs.psirf.coachrecruitment.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;

/** An expression of interest in becoming a QI coach with lived experience: it creates the candidate. */
public record CandidateInput(
        @NotBlank(message = "Enter the candidate's full name")
        @Size(max = 200, message = "The name must be 200 characters or fewer") String name,
        @Size(max = 254, message = "The e-mail address must be 254 characters or fewer")
        @Pattern(regexp = "^$|^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$",
                message = "Enter an e-mail address like name@example.com") String email,
        @Size(max = 40, message = "The phone number must be 40 characters or fewer")
        @Pattern(regexp = "^[0-9 +()-]*$", message = "Enter a phone number like 07700 900123") String phone,
        @NotNull(message = "Select the directorate the candidate has a relationship with") Long directorateId,
        @NotBlank(message = "Enter how the candidate heard about the role")
        @Size(max = 500, message = "How they heard must be 500 characters or fewer") String heardFrom,
        @NotBlank(message = "Enter the candidate's lived experience in their own words")
        @Size(max = 2000, message = "The lived experience must be 2000 characters or fewer") String livedExperience,
        @NotNull(message = "Enter the date the candidate expressed their interest") LocalDate expressedOn) {
}
