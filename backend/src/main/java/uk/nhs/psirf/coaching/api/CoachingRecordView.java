package uk.nhs.psirf.coaching.api;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;

/** A coaching record: a session held (in person or by e-mail) or cancelled. */
public record CoachingRecordView(UUID id, long version, LocalDate heldOn, String mode, boolean cancelled,
                                 LocalTime startsAt, LocalTime finishesAt, int minutes, String topic,
                                 String issuesArising, List<ActionView> actions, LocalDate nextMeetingOn,
                                 String cancelledBy, LocalDate rescheduledTo, String rescheduledBy,
                                 boolean sharedWithSafetyTeam, Instant sharedAt, String sharedBy, String recordedBy) {
}
