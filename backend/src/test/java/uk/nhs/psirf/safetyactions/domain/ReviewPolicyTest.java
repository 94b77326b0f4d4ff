package uk.nhs.psirf.safetyactions.domain;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ReviewPolicyTest {
    @Test
    void only_an_agreed_action_is_reviewed_and_the_next_review_is_a_year_later_by_default() {
        assertFalse(ReviewPolicy.mayBeReviewed(ActionStatus.PROPOSED));
        assertFalse(ReviewPolicy.mayBeReviewed(ActionStatus.CANCELLED));
        assertTrue(ReviewPolicy.mayBeReviewed(ActionStatus.AGREED));
        assertTrue(ReviewPolicy.mayBeReviewed(ActionStatus.COMPLETED));
        LocalDate reviewed = LocalDate.of(2026, 11, 23);
        assertEquals(LocalDate.of(2027, 11, 23), ReviewPolicy.nextReview(reviewed, null));
        assertEquals(LocalDate.of(2027, 5, 1), ReviewPolicy.nextReview(reviewed, LocalDate.of(2027, 5, 1)));
    }
}
