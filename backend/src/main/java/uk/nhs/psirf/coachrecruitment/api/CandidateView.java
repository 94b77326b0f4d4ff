package uk.nhs.psirf.coachrecruitment.api;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A candidate with their whole pathway, step by step. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CandidateView(UUID id, long version, String name, String email, String phone,
                            DirectorateRef directorate, String heardFrom, String livedExperience,
                            LocalDate expressedOn, String status, String nextStep, String nextStepTitle,
                            String waitingOn, List<StepView> steps, WithdrawalView withdrawal, UUID personId,
                            UUID coachId, RoleTerms terms) {
}
