package uk.nhs.psirf.improvementplans.domain;

import org.junit.jupiter.api.Test;
import uk.nhs.psirf.platform.error.FieldErrorCode;
import uk.nhs.psirf.platform.error.ProblemCode;
import uk.nhs.psirf.platform.rules.Verdict;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** "A plan is reviewed on a date still to come when it is set; an open plan past that date is overdue for review." */
class ReviewDatePolicyTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    @Test
    void a_plan_cannot_be_set_to_be_reviewed_in_the_past() {
        Verdict yesterday = ReviewDatePolicy.acceptable(TODAY.minusDays(1), null, TODAY);
        assertEquals(ProblemCode.VALIDATION_FAILED, yesterday.code());
        assertEquals("reviewOn", yesterday.field());
        assertEquals(FieldErrorCode.IN_THE_PAST, yesterday.fieldCode());
        assertEquals("The review date must be today or in the future", yesterday.reason());
        assertTrue(ReviewDatePolicy.acceptable(TODAY, null, TODAY).isAllowed());
        assertTrue(ReviewDatePolicy.acceptable(TODAY.plusMonths(6), null, TODAY).isAllowed());
    }

    @Test
    void a_review_date_already_past_may_be_kept_but_not_moved_to_another_past_date() {
        LocalDate past = TODAY.minusDays(10);
        assertTrue(ReviewDatePolicy.acceptable(past, past, TODAY).isAllowed());
        assertTrue(ReviewDatePolicy.acceptable(past.minusDays(1), past, TODAY).isRefused());
    }

    @Test
    void an_open_plan_past_its_review_date_is_overdue_for_review_and_a_closed_one_is_not() {
        assertTrue(ReviewDatePolicy.overdue(PlanStatus.OPEN, TODAY.minusDays(1), TODAY));
        assertFalse(ReviewDatePolicy.overdue(PlanStatus.OPEN, TODAY, TODAY));
        assertFalse(ReviewDatePolicy.overdue(PlanStatus.CLOSED, TODAY.minusDays(1), TODAY));
    }
}
