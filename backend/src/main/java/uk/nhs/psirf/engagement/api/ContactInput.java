package uk.nhs.psirf.engagement.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;
import java.util.List;

/** A contact with a person affected; checklist items left out are recorded as not done. */
public record ContactInput(
        @NotNull(message = "Enter the date of the contact") LocalDate contactedOn,
        @NotBlank(message = "Enter how the contact was made") @Size(max = 200, message = "The method must be 200 characters or fewer") String method,
        @NotBlank(message = "Select the stage of the contact") String stage,
        @Size(max = 4000, message = "The notes must be 4000 characters or fewer") String notes,
        @Size(max = 60, message = "Too many checklist items") List<@Valid @NotNull(message = "Give the checklist item") ChecklistAnswerInput> checklist,
        LocalDate nextContactOn) {

    public List<ChecklistAnswerInput> checklistOrEmpty() {
        return checklist == null ? List.of() : checklist;
    }
}
