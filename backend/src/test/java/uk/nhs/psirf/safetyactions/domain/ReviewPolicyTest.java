package uk.nhs.psirf.safetyactions.domain;

import org.junit.jupiter.api.Test;
import uk.nhs.psirf.platform.error.ProblemCode;
import uk.nhs.psirf.platform.rules.Verdict;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Policy §15.1: "Reviews will be carried out periodically (typically annually) or when substantial changes are made." */
class ReviewPolicyTest {
    @Test
    void only_an_agreed_action_is_reviewed_and_the_next_review_is_a_year_later_by_default() {
        Verdict proposed = ReviewPolicy.mayBeReviewed("SA-2026-0001", ActionStatus.PROPOSED);
        assertEquals(ProblemCode.CONFLICT, proposed.code());
        assertNull(proposed.field());
        assertEquals("SA-2026-0001 is proposed; only an agreed, in-progress or completed action can be reviewed",
                proposed.reason());
        assertTrue(ReviewPolicy.mayBeReviewed("SA-2026-0001", ActionStatus.CANCELLED).isRefused());
        assertTrue(ReviewPolicy.mayBeReviewed("SA-2026-0001", ActionStatus.AGREED).isAllowed());
        assertTrue(ReviewPolicy.mayBeReviewed("SA-2026-0001", ActionStatus.COMPLETED).isAllowed());
        LocalDate reviewed = LocalDate.of(2026, 11, 23);
        assertEquals(LocalDate.of(2027, 11, 23), ReviewPolicy.nextReview(reviewed, null));
        assertEquals(LocalDate.of(2027, 5, 1), ReviewPolicy.nextReview(reviewed, LocalDate.of(2027, 5, 1)));
    }
}
