package uk.nhs.psirf.responses.domain;

import org.junit.jupiter.api.Test;
import uk.nhs.psirf.platform.error.FieldErrorCode;
import uk.nhs.psirf.platform.error.ProblemCode;
import uk.nhs.psirf.platform.rules.Verdict;
import uk.nhs.psirf.platform.security.Stamp;
import uk.nhs.psirf.kernel.ResponseType;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** "A PSII cannot start before the Chief Nurse verifies it" (policy §3.2). */
class PsiiVerificationPolicyTest {
    private static final Instant CREATED = Instant.parse("2026-11-23T10:00:00Z");
    private static final Instant VERIFIED = Instant.parse("2026-11-24T09:00:00Z");
    private static final Stamp BY_CHRIS = new Stamp("sub-chris", "Chris", VERIFIED);

    @Test
    void a_psii_cannot_start_before_the_chief_nurse_verifies_it() {
        LearningResponse psii = create(ResponseType.PSII);
        assertEquals(LearningResponseStatus.AWAITING_VERIFICATION, psii.status());
        assertNull(psii.startedAt());
        psii.verify("Verified under the national requirement.", new Stamp("sub-chris", "Chris Chief-Nurse", VERIFIED));
        assertEquals(LearningResponseStatus.IN_PROGRESS, psii.status());
        assertEquals(VERIFIED, psii.startedAt());
        Verdict again = PsiiVerificationPolicy.mayBeVerified(psii);
        assertEquals(ProblemCode.CONFLICT, again.code());
        assertNull(again.field());
        assertEquals("LR-2026-0001 is already verified.", again.reason());
        assertThrows(IllegalStateException.class, () -> psii.verify("Again", BY_CHRIS));
    }

    @Test
    void other_learning_responses_start_when_the_chair_approves() {
        LearningResponse review = create(ResponseType.AFTER_ACTION_REVIEW);
        assertEquals(LearningResponseStatus.IN_PROGRESS, review.status());
        assertEquals(CREATED, review.startedAt());
        Verdict notPsii = PsiiVerificationPolicy.mayBeVerified(review);
        assertEquals(ProblemCode.VALIDATION_FAILED, notPsii.code());
        assertEquals("responseId", notPsii.field());
        assertEquals(FieldErrorCode.NOT_PSII, notPsii.fieldCode());
        assertEquals("LR-2026-0001 is a after action review (aar); only a PSII is verified", notPsii.reason());
        assertThrows(IllegalStateException.class, () -> review.verify("Not a PSII", BY_CHRIS));
    }

    @Test
    void no_further_learning_response_is_not_a_learning_response() {
        assertThrows(IllegalArgumentException.class, () -> create(ResponseType.NO_FURTHER_LEARNING_RESPONSE));
    }

    private static LearningResponse create(ResponseType type) {
        return LearningResponse.create("LR-2026-0001", type, UUID.randomUUID(), null, List.of(UUID.randomUUID()),
                LocalDate.parse("2026-11-26"), new Stamp("sub-pss", "Pat Specialist", CREATED));
    }
}
