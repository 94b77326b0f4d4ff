package uk.nhs.psirf.qiprojects.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;
import java.util.UUID;

/** A PDSA cycle: plan, do, study, act, what was learnt; optionally pinned to a date on a measure's run chart. */
public record PdsaCycleInput(
        @NotBlank(message = "Enter what the cycle tests") @Size(max = 200, message = "Keep the title to 200 characters or fewer") String title,
        @NotBlank(message = "Enter the plan") @Size(max = 2000, message = "Keep the plan to 2000 characters or fewer") String plan,
        @JsonProperty("do") @Size(max = 2000, message = "Keep it to 2000 characters or fewer") String doText,
        @Size(max = 2000, message = "Keep it to 2000 characters or fewer") String study,
        @Size(max = 2000, message = "Keep it to 2000 characters or fewer") String act,
        @Size(max = 2000, message = "Keep it to 2000 characters or fewer") String learnt,
        @NotNull(message = "Enter the date the cycle started") LocalDate startedOn,
        LocalDate endedOn,
        UUID measureId,
        LocalDate pinnedOn) {
}
