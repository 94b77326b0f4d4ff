package uk.nhs.psirf.investigation.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;
import java.util.List;

/** With whom the draft report was shared and their comments, or why it was not shared. */
public record DraftSharingInput(
        @NotNull(message = "The version last read is required") @Min(value = 0, message = "The version is not valid") Long version,
        @NotNull(message = "List the people the draft was shared with (it may be empty)") @Size(max = 50, message = "Enter 50 people or fewer") List<@Valid Sharing> sharings,
        @Size(max = 2000, message = "The reason must be 2000 characters or fewer") String notSharedReason) {

    public record Sharing(
            @NotBlank(message = "Enter the name") @Size(max = 200, message = "The name must be 200 characters or fewer") String name,
            @NotBlank(message = "Select the relationship") String relationship,
            @NotNull(message = "Enter the date the draft was shared") LocalDate sharedOn,
            @Size(max = 4000, message = "The comments must be 4000 characters or fewer") String comments) {
    }
}
