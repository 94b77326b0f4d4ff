package uk.nhs.psirf.responses.domain;

import org.junit.jupiter.api.Test;
import uk.nhs.psirf.kernel.ResponseType;
import uk.nhs.psirf.platform.error.ProblemCode;
import uk.nhs.psirf.platform.rules.Verdict;
import uk.nhs.psirf.platform.security.Stamp;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** "A closed learning response is final": its team, timeframe, notifications and work change no more. */
class OpenResponsePolicyTest {
    private static final Stamp BY = new Stamp("sub-pss", "Pat Specialist", Instant.parse("2026-11-23T10:00:00Z"));

    @Test
    void a_closed_response_cannot_be_changed() {
        LearningResponse response = LearningResponse.create("LR-2026-0001", ResponseType.SWARM_HUDDLE,
                UUID.randomUUID(), null, List.of(UUID.randomUUID()), LocalDate.parse("2026-11-26"), BY);
        assertTrue(OpenResponsePolicy.mayChange(response).isAllowed());

        response.close(BY);
        Verdict verdict = OpenResponsePolicy.mayChange(response);
        assertEquals(ProblemCode.CONFLICT, verdict.code());
        assertNull(verdict.field());
        assertEquals("LR-2026-0001 is closed; a closed response cannot be changed.", verdict.reason());
    }
}
