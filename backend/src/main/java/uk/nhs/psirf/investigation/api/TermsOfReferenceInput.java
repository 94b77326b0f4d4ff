package uk.nhs.psirf.investigation.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.List;

/** The terms of reference and the input of those affected, who may decline to give any (policy §12.3). */
public record TermsOfReferenceInput(
        @NotNull(message = "The version last read is required") @Min(value = 0, message = "The version is not valid") Long version,
        @NotBlank(message = "Enter the terms of reference") @Size(max = 10000, message = "The terms of reference must be 10000 characters or fewer") String text,
        @NotNull(message = "List the input of those affected (it may be empty)") @Size(max = 50, message = "Enter 50 people or fewer") List<@Valid Item> affectedInput) {

    public record Item(
            @NotBlank(message = "Enter who gave their input") @Size(max = 200, message = "Who must be 200 characters or fewer") String who,
            boolean declined,
            @Size(max = 4000, message = "The summary must be 4000 characters or fewer") String summary) {
    }
}
