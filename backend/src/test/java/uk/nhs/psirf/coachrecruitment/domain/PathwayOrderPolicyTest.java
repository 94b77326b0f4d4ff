package uk.nhs.psirf.coachrecruitment.domain;

import org.junit.jupiter.api.Test;
import uk.nhs.psirf.platform.rules.Verdict;

import java.util.EnumSet;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uk.nhs.psirf.coachrecruitment.domain.RecruitmentStep.BANK_APPOINTMENT;
import static uk.nhs.psirf.coachrecruitment.domain.RecruitmentStep.CLINICAL_DIRECTOR_SIGN_OFF;
import static uk.nhs.psirf.coachrecruitment.domain.RecruitmentStep.EXPRESSION_OF_INTEREST;
import static uk.nhs.psirf.coachrecruitment.domain.RecruitmentStep.INDUCTION;
import static uk.nhs.psirf.coachrecruitment.domain.RecruitmentStep.JOB_DESCRIPTION_GIVEN;
import static uk.nhs.psirf.coachrecruitment.domain.RecruitmentStep.PEOPLE_PARTICIPATION_SIGN_OFF;
import static uk.nhs.psirf.coachrecruitment.domain.RecruitmentStep.PROGRAMME_PLACE;

/**
 * Issue 12: "a recruitment step cannot be signed off before the step it depends on" (000_* §4 a: the candidate "will
 * be provided with the job description ... [and] will require the support and sign off from the clinical director ...
 * and the people participation department prior to applying for the ICP").
 */
class PathwayOrderPolicyTest {
    private static final Set<RecruitmentStep> INTEREST_ONLY = EnumSet.of(EXPRESSION_OF_INTEREST);

    @Test
    void aRecruitmentStepCannotBeSignedOffBeforeTheStepItDependsOn() {
        Verdict verdict = PathwayOrderPolicy.maySign(PEOPLE_PARTICIPATION_SIGN_OFF,
                EnumSet.of(EXPRESSION_OF_INTEREST, JOB_DESCRIPTION_GIVEN), false);

        assertTrue(verdict.isRefused());
        assertEquals(409, verdict.code().status());
        assertEquals("step", verdict.field());
        assertEquals("step-waiting", verdict.fieldCode().value());
        assertEquals("Sign-off by the clinical director is waiting: it comes before sign-off by the people"
                + " participation team", verdict.reason());
    }

    @Test
    void theInductionCannotBeSignedStraightAfterTheExpressionOfInterestAndTheJobDescriptionIsWaiting() {
        Verdict verdict = PathwayOrderPolicy.maySign(INDUCTION, INTEREST_ONLY, false);

        assertEquals("step-waiting", verdict.fieldCode().value());
        assertTrue(verdict.reason().startsWith("Job description given is waiting"), verdict.reason());
    }

    @Test
    void eachStepMayBeSignedOnceTheStepItDependsOnIsSigned() {
        Set<RecruitmentStep> signed = EnumSet.copyOf(INTEREST_ONLY);
        for (RecruitmentStep step : RecruitmentStep.signable()) {
            assertTrue(PathwayOrderPolicy.maySign(step, signed, false).isAllowed(), step.code());
            assertEquals(step.dependsOn().orElseThrow(), signed.stream().reduce((a, b) -> b).orElseThrow());
            signed.add(step);
        }
        assertNull(PathwayOrderPolicy.firstWaiting(signed), "nothing waits once the induction is signed");
    }

    @Test
    void aStepIsNotSignedTwice() {
        Verdict verdict = PathwayOrderPolicy.maySign(JOB_DESCRIPTION_GIVEN,
                EnumSet.of(EXPRESSION_OF_INTEREST, JOB_DESCRIPTION_GIVEN), false);

        assertEquals("already-signed", verdict.fieldCode().value());
        assertEquals(409, verdict.code().status());
    }

    @Test
    void nothingIsSignedAfterAWithdrawal() {
        Verdict verdict = PathwayOrderPolicy.maySign(JOB_DESCRIPTION_GIVEN, INTEREST_ONLY, true);

        assertEquals("candidate-withdrawn", verdict.fieldCode().value());
    }

    @Test
    void aCandidateMayWithdrawAtAnyPointBeforeInductionButOnlyOnce() {
        assertTrue(PathwayOrderPolicy.mayWithdraw(INTEREST_ONLY, false).isAllowed());
        assertTrue(PathwayOrderPolicy.mayWithdraw(EnumSet.of(EXPRESSION_OF_INTEREST, JOB_DESCRIPTION_GIVEN,
                CLINICAL_DIRECTOR_SIGN_OFF, PEOPLE_PARTICIPATION_SIGN_OFF, PROGRAMME_PLACE, BANK_APPOINTMENT),
                false).isAllowed());
        assertEquals("candidate-withdrawn", PathwayOrderPolicy.mayWithdraw(INTEREST_ONLY, true).fieldCode().value());
        assertEquals("pathway-complete", PathwayOrderPolicy.mayWithdraw(EnumSet.allOf(RecruitmentStep.class), false)
                .fieldCode().value());
    }

    @Test
    void theStepWaitingNamesTheClinicalDirectorOfTheCandidatesDirectorate() {
        assertEquals("the clinical director of Mental Health", CLINICAL_DIRECTOR_SIGN_OFF.partyIn("Mental Health"));
        assertEquals("the Mental Health directorate", INDUCTION.partyIn("Mental Health"));
        assertEquals("the people participation team", PEOPLE_PARTICIPATION_SIGN_OFF.partyIn("Mental Health"));
    }
}
