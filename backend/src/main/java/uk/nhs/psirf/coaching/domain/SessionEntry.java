package uk.nhs.psirf.coaching.domain;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/**
 * What a coaching record says (004_*, "Record of Coaching"): the date, in person (start and finish time) or by
 * e-mail (the minutes spent), the topic brought, issues arising, actions with owners and the next meeting; or a
 * cancellation with who cancelled and, when it was rearranged, the new date and who rearranged it. {@code minutes}
 * are what counts towards the hours coached: 0 for a cancelled session.
 */
public record SessionEntry(LocalDate heldOn, String mode, boolean cancelled, LocalTime startsAt, LocalTime finishesAt,
                           int minutes, String topic, String issuesArising, List<RecordAction> actions,
                           LocalDate nextMeetingOn, Side cancelledBy, LocalDate rescheduledTo, Side rescheduledBy) {
    public static final String IN_PERSON = "in-person";
    public static final String EMAIL = "email";
}
