package uk.nhs.psirf.coachrecruitment.domain;

import java.time.LocalDate;
import java.util.UUID;

/**
 * What a step records besides who and when: the date it was done and its own fields (null where the step has none):
 * who signed (the clinical director, the people participation team member), the programme's cohort and start date,
 * the candidate's person in the directory (bank appointment), and the induction's technology support, identification
 * and line manager.
 */
public record StepDetails(LocalDate doneOn, String signedBy, String cohort, LocalDate startsOn, UUID personId,
                          Boolean technologySupport, Boolean identification, UUID lineManagerPersonId,
                          LineManagerAllocator lineManagerAllocatedBy) {

    public static StepDetails on(LocalDate doneOn) {
        return new StepDetails(doneOn, null, null, null, null, null, null, null, null);
    }
}
