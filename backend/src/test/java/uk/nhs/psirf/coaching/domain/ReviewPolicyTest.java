package uk.nhs.psirf.coaching.domain;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** 004_*: "Review/Evaluation: After 4 sessions"; issue 12: "the review is due after the fourth session". */
class ReviewPolicyTest {
    private static final LocalDate FIRST = LocalDate.of(2026, 9, 10);

    @Test
    void the_review_is_due_after_the_fourth_session() {
        CoachingContract contract = Contracts.agreed();
        List<CoachingRecord> records = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            records.add(Contracts.held(contract, FIRST.plusMonths(i), 60, FIRST.plusMonths(i + 1)));
        }
        records.add(Contracts.cancelled(contract, FIRST.plusMonths(3), FIRST.plusMonths(3).plusDays(7)));
        ContractProgress three = ContractProgress.of(contract, records, FIRST.plusMonths(3));
        assertFalse(three.reviewDue(), "three sessions held and one cancelled: no review yet");
        assertNull(three.reviewDueBy());

        LocalDate fourth = FIRST.plusMonths(3).plusDays(7);
        records.add(Contracts.held(contract, fourth, 60, fourth.plusWeeks(5)));
        ContractProgress four = ContractProgress.of(contract, records, fourth);
        assertTrue(four.reviewDue());
        assertEquals(fourth.plusWeeks(5), four.reviewDueBy(), "due by the next meeting planned at the fourth session");
        assertFalse(four.reviewOverdue());
        assertTrue(ContractProgress.of(contract, records, fourth.plusWeeks(5).plusDays(1)).reviewOverdue());

        contract.followRecords(four.sessionsHeld(), four.reviewDue(), Contracts.CARA);
        assertEquals(ContractStatus.REVIEW, contract.status());
    }

    @Test
    void without_a_next_meeting_the_review_is_due_four_weeks_after_the_fourth_session() {
        LocalDate fourth = LocalDate.of(2026, 12, 1);
        assertEquals(LocalDate.of(2026, 12, 29), ReviewPolicy.dueBy(fourth, null));
        assertFalse(ReviewPolicy.isOverdue(LocalDate.of(2026, 12, 29), LocalDate.of(2026, 12, 29)));
        assertTrue(ReviewPolicy.isOverdue(LocalDate.of(2026, 12, 29), LocalDate.of(2026, 12, 30)));
    }

    @Test
    void after_a_review_that_carries_on_the_next_review_is_after_four_more_sessions() {
        CoachingContract contract = Contracts.agreed();
        List<CoachingRecord> records = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            records.add(Contracts.held(contract, FIRST.plusMonths(i), 60, null));
        }
        contract.followRecords(4, true, Contracts.CARA);
        assertTrue(ReviewPolicy.mayHold(contract.status(), FIRST.plusMonths(3), FIRST.plusMonths(3)).isAllowed());
        assertEquals("before-session",
                ReviewPolicy.mayHold(contract.status(), FIRST.plusMonths(3), FIRST.plusMonths(3).minusDays(1))
                        .fieldCode().value());
        contract.reviewed(FIRST.plusMonths(3).plusDays(1), "Carry on", true, Contracts.CARA);
        assertEquals(ContractStatus.ACTIVE, contract.status());
        ContractProgress after = ContractProgress.of(contract, records, FIRST.plusMonths(4));
        assertFalse(after.reviewDue());
        assertEquals(4, after.sessionsHeld());
        assertEquals("review-not-due",
                ReviewPolicy.mayHold(contract.status(), null, FIRST.plusMonths(4)).fieldCode().value());
    }
}
