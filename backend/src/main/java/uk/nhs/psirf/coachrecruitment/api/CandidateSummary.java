package uk.nhs.psirf.coachrecruitment.api;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A candidate in the list: {@code status} is {@code in-progress}, {@code withdrawn} or {@code inducted};
 * while in progress, {@code nextStep} (its code and title) and {@code waitingOn} say what waits and on whom.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CandidateSummary(UUID id, String name, DirectorateRef directorate, String status, String nextStep,
                               String nextStepTitle, String waitingOn, LocalDate expressedOn,
                               LocalDate lastStepOn) {
}
