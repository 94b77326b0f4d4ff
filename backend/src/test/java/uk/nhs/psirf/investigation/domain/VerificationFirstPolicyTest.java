package uk.nhs.psirf.investigation.domain;

import org.junit.jupiter.api.Test;
import uk.nhs.psirf.platform.error.FieldErrorCode;
import uk.nhs.psirf.platform.error.ProblemCode;
import uk.nhs.psirf.platform.rules.Verdict;
import uk.nhs.psirf.responses.domain.LearningResponseStatus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Policy §3.2: "Once verified, they will ensure ... the review or learning response commences". */
class VerificationFirstPolicyTest {

    @Test
    void nothing_of_the_work_starts_before_the_chief_nurse_verifies_a_psii() {
        Verdict verdict = VerificationFirstPolicy.mayStartWork("LR-2026-0001",
                LearningResponseStatus.AWAITING_VERIFICATION);
        assertEquals(ProblemCode.CONFLICT, verdict.code());
        assertEquals("responseId", verdict.field());
        assertEquals(FieldErrorCode.PSII_NOT_VERIFIED, verdict.fieldCode());
        assertEquals("Work on a PSII starts once the Chief Nurse has verified it", verdict.reason());
        assertEquals("LR-2026-0001 has not started: the Chief Nurse has not verified the PSII yet.",
                verdict.problem().detail());
        assertTrue(VerificationFirstPolicy.mayStartWork("LR-2026-0001", LearningResponseStatus.IN_PROGRESS).isAllowed());
        assertTrue(VerificationFirstPolicy.mayStartWork("LR-2026-0001", LearningResponseStatus.PAUSED).isAllowed());
    }
}
