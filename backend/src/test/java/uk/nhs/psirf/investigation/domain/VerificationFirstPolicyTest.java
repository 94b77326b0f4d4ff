package uk.nhs.psirf.investigation.domain;

import org.junit.jupiter.api.Test;
import uk.nhs.psirf.responses.domain.LearningResponseStatus;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Policy §3.2: "Once verified, they will ensure ... the review or learning response commences". */
class VerificationFirstPolicyTest {

    @Test
    void nothing_of_the_work_starts_before_the_chief_nurse_verifies_a_psii() {
        assertFalse(VerificationFirstPolicy.mayStartWork(LearningResponseStatus.AWAITING_VERIFICATION));
        assertTrue(VerificationFirstPolicy.mayStartWork(LearningResponseStatus.IN_PROGRESS));
        assertTrue(VerificationFirstPolicy.mayStartWork(LearningResponseStatus.PAUSED));
    }
}
