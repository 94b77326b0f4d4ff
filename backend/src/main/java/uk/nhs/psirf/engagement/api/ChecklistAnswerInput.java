package uk.nhs.psirf.engagement.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

public record ChecklistAnswerInput(
        @NotBlank(message = "Give the checklist item's code") String code,
        boolean done,
        @Size(max = 1000, message = "The note must be 1000 characters or fewer") String note) {
}
