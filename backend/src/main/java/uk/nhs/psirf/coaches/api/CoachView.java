package uk.nhs.psirf.coaches.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import uk.nhs.psirf.reference.DirectorateView;

import java.time.LocalDate;
import java.util.List;

/** A coach's entry of the register with their work and their supervision, newest session first. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CoachView(String id, long version, CoachPersonView coach, String kind, DirectorateView directorate,
                        LocalDate startedOn, LocalDate endedOn, boolean current, int minutesCoached,
                        List<CoachWorkView> work, LocalDate lastSessionOn, LocalDate nextSessionOn,
                        LocalDate supervisionDueBy, boolean supervisionOverdue, List<CoachSupervisionView> sessions) {
}
