package uk.nhs.psirf.programmes.api;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.time.LocalDate;
import java.util.UUID;

/** A programme in the list: what it is and when it next meets. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ProgrammeSummary(UUID id, String title, String summary, LocalDate nextSessionOn, int upcomingSessions) {
}
