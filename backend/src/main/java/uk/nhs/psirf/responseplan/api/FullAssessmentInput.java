package uk.nhs.psirf.responseplan.api;

import jakarta.validation.constraints.Size;

import java.time.LocalDate;

public record FullAssessmentInput(
        @Size(max = 300, message = "The title must be 300 characters or fewer") String title,
        LocalDate completedOn,
        @Size(max = 4000, message = "The summary must be 4000 characters or fewer") String summary) {
}
