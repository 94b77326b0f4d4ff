package uk.nhs.psirf.oversight.api;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.time.LocalDate;

/** A safety action of a plan: its title redacted, its description withheld. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record DeidentifiedAction(String reference, String title, String status, LocalDate dueOn, boolean overdue,
                                 String effectiveness) {
}
