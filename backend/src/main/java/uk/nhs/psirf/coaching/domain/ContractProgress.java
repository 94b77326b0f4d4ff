package uk.nhs.psirf.coaching.domain;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

/**
 * What a contract's records add up to: the sessions held and the minutes coached (cancelled sessions count 0), the
 * next meeting planned by the latest record (a cancelled one's new date), and the review ({@link ReviewPolicy}).
 */
public record ContractProgress(int sessionsHeld, int minutesCoached, int heldSinceReview, LocalDate nextMeetingOn,
                               LocalDate fourthSessionOn, boolean reviewDue, LocalDate reviewDueBy,
                               boolean reviewOverdue) {

    public static ContractProgress of(CoachingContract contract, List<CoachingRecord> records, LocalDate today) {
        List<CoachingRecord> held = records.stream().filter(r -> !r.cancelled())
                .sorted(Comparator.comparing(CoachingRecord::heldOn)).toList();
        int minutes = held.stream().mapToInt(CoachingRecord::minutes).sum();
        LocalDate lastReview = contract.lastReviewOn();
        List<CoachingRecord> sinceReview = held.stream()
                .filter(r -> lastReview == null || r.heldOn().isAfter(lastReview)).toList();
        CoachingRecord latest = records.stream().max(Comparator.comparing(CoachingRecord::heldOn)).orElse(null);
        LocalDate next = latest == null ? null : latest.cancelled() ? latest.rescheduledTo() : latest.nextMeetingOn();
        CoachingRecord fourth = sinceReview.size() >= ReviewPolicy.SESSIONS_BEFORE_REVIEW
                ? sinceReview.get(ReviewPolicy.SESSIONS_BEFORE_REVIEW - 1) : null;
        boolean due = contract.status() != ContractStatus.ENDED && ReviewPolicy.isDue(sinceReview.size());
        LocalDate dueBy = due ? ReviewPolicy.dueBy(fourth.heldOn(), fourth.nextMeetingOn()) : null;
        return new ContractProgress(held.size(), minutes, sinceReview.size(), next,
                fourth == null ? null : fourth.heldOn(), due, dueBy, due && ReviewPolicy.isOverdue(dueBy, today));
    }
}
