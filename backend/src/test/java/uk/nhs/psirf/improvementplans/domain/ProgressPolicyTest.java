package uk.nhs.psirf.improvementplans.domain;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ProgressPolicyTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    @Test
    void an_action_past_its_due_date_and_not_completed_counts_as_overdue() {
        Progress progress = ProgressPolicy.count(List.of(
                new ActionRow("in-progress", TODAY.minusDays(1), null),
                new ActionRow("agreed", TODAY.minusDays(1), null),
                new ActionRow("in-progress", TODAY, null),
                new ActionRow("completed", TODAY.minusDays(1), null),
                new ActionRow("proposed", null, null)), 0, TODAY);
        assertEquals(2, progress.overdue());
    }

    @Test
    void cancelled_actions_are_left_out_of_the_progress() {
        Progress progress = ProgressPolicy.count(List.of(
                new ActionRow("cancelled", TODAY.minusDays(5), "not-effective"),
                new ActionRow("completed", TODAY.minusDays(5), null)), 0, TODAY);
        assertEquals(1, progress.actions());
        assertEquals(1, progress.completed());
        assertEquals(0, progress.overdue());
        assertEquals(0, progress.notEffective());
    }

    @Test
    void an_action_whose_latest_review_found_it_not_effective_counts_as_not_effective() {
        Progress progress = ProgressPolicy.count(List.of(
                new ActionRow("completed", TODAY.minusDays(5), "not-effective"),
                new ActionRow("completed", TODAY.minusDays(5), "partly-effective"),
                new ActionRow("in-progress", TODAY.minusDays(1), null),
                new ActionRow("agreed", TODAY.plusDays(30), null)), 2, TODAY);
        assertEquals(new Progress(4, 2, 1, 1, 2), progress);
    }
}
