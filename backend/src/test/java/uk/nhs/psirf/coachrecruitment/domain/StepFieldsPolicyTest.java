package uk.nhs.psirf.coachrecruitment.domain;

import org.junit.jupiter.api.Test;
import uk.nhs.psirf.platform.error.FieldError;
import uk.nhs.psirf.platform.rules.Verdict;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * 000_* §4 c, d: the new coach "will receive induction to the directorate including technology support,
 * identification, and allocation of line management", assigned by "the clinical director or project sponsor".
 */
class StepFieldsPolicyTest {
    private static final LocalDate TODAY = LocalDate.parse("2026-12-02");

    @Test
    void theInductionRecordsTechnologySupportIdentificationAndTheLineManagerWithWhoAllocatedThem() {
        StepDetails nothing = new StepDetails(TODAY, null, null, null, null, false, null, null, null);
        Verdict verdict = StepFieldsPolicy.complete(RecruitmentStep.INDUCTION, nothing, TODAY);

        assertEquals(List.of("technologySupport", "identification", "lineManagerPersonId", "lineManagerAllocatedBy"),
                verdict.errors().stream().map(FieldError::field).toList());
        StepDetails complete = new StepDetails(TODAY, null, null, null, null, true, true, UUID.randomUUID(),
                LineManagerAllocator.SPONSOR);
        assertTrue(StepFieldsPolicy.complete(RecruitmentStep.INDUCTION, complete, TODAY).isAllowed());
    }

    @Test
    void aSignOffNamesWhoSignedAndNoStepIsDoneInTheFuture() {
        Verdict verdict = StepFieldsPolicy.complete(RecruitmentStep.CLINICAL_DIRECTOR_SIGN_OFF,
                new StepDetails(TODAY.plusDays(1), " ", null, null, null, null, null, null, null), TODAY);

        assertEquals(List.of("doneOn", "signedBy"), verdict.errors().stream().map(FieldError::field).toList());
        assertEquals("in-the-future", verdict.errors().get(0).code().value());
    }

    @Test
    void aPlaceOnTheProgrammeNamesTheCohortAndItsStart() {
        Verdict verdict = StepFieldsPolicy.complete(RecruitmentStep.PROGRAMME_PLACE, StepDetails.on(TODAY), TODAY);

        assertEquals(List.of("cohort", "startsOn"), verdict.errors().stream().map(FieldError::field).toList());
        assertTrue(StepFieldsPolicy.complete(RecruitmentStep.JOB_DESCRIPTION_GIVEN, StepDetails.on(TODAY), TODAY)
                .isAllowed());
    }
}
