package uk.nhs.psirf.responses.domain;

import org.junit.jupiter.api.Test;
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

    @Test
    void a_psii_cannot_start_before_the_chief_nurse_verifies_it() {
        LearningResponse psii = create(ResponseType.PSII);
        assertEquals(LearningResponseStatus.AWAITING_VERIFICATION, psii.status());
        assertNull(psii.startedAt());
        psii.verify("sub-chris", "Chris Chief-Nurse", "Verified under the national requirement.", VERIFIED);
        assertEquals(LearningResponseStatus.IN_PROGRESS, psii.status());
        assertEquals(VERIFIED, psii.startedAt());
        assertThrows(IllegalStateException.class, () -> psii.verify("sub-chris", "Chris", "Again", VERIFIED));
    }

    @Test
    void other_learning_responses_start_when_the_chair_approves() {
        LearningResponse review = create(ResponseType.AFTER_ACTION_REVIEW);
        assertEquals(LearningResponseStatus.IN_PROGRESS, review.status());
        assertEquals(CREATED, review.startedAt());
        assertThrows(IllegalStateException.class, () -> review.verify("sub-chris", "Chris", "Not a PSII", VERIFIED));
    }

    @Test
    void no_further_learning_response_is_not_a_learning_response() {
        assertThrows(IllegalArgumentException.class, () -> create(ResponseType.NO_FURTHER_LEARNING_RESPONSE));
    }

    private static LearningResponse create(ResponseType type) {
        return LearningResponse.create("LR-2026-0001", type, UUID.randomUUID(), null, List.of(UUID.randomUUID()),
                LocalDate.parse("2026-11-26"), "sub-pss", "Pat Specialist", CREATED);
    }
}
