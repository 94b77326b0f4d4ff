package uk.nhs.psirf.coaches.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import uk.nhs.psirf.reference.DirectorateView;

import java.time.LocalDate;

/** A line of the coach register. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CoachSummary(String id, CoachPersonView coach, String kind, DirectorateView directorate,
                           LocalDate startedOn, LocalDate endedOn, boolean current, int minutesCoached,
                           LocalDate lastSessionOn, LocalDate nextSessionOn, LocalDate supervisionDueBy,
                           boolean supervisionOverdue) {
}
