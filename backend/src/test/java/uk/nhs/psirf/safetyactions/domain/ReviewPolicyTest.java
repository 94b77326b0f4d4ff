package uk.nhs.psirf.safetyactions.domain;

import org.junit.jupiter.api.Test;
import uk.nhs.psirf.platform.error.FieldError;
import uk.nhs.psirf.platform.error.FieldErrorCode;
import uk.nhs.psirf.platform.error.ProblemCode;
import uk.nhs.psirf.platform.rules.Verdict;

import java.time.LocalDate;
import java.util.List;

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

    @Test
    void a_review_has_taken_place_and_the_next_one_comes_after_it() {
        LocalDate today = LocalDate.of(2026, 11, 23);
        assertTrue(ReviewPolicy.reviewDates(today, today.plusDays(1), today).isAllowed());
        Verdict both = ReviewPolicy.reviewDates(today.plusDays(1), today.plusDays(1), today);
        assertEquals(ProblemCode.VALIDATION_FAILED, both.code());
        assertEquals(List.of(
                new FieldError("reviewedOn", FieldErrorCode.IN_THE_FUTURE,
                        "The date of the review cannot be in the future"),
                new FieldError("nextReviewOn", FieldErrorCode.BEFORE_REVIEW,
                        "The next review must be after this review")),
                both.errors());
    }
}
