package uk.nhs.psirf.coaching.api;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A coaching record (times as HH:mm): a session held (in person or by e-mail) or cancelled. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CoachingRecordView(UUID id, long version, LocalDate heldOn, String mode, boolean cancelled,
                                 String startsAt, String finishesAt, int minutes, String topic,
                                 String issuesArising, List<ActionView> actions, LocalDate nextMeetingOn,
                                 String cancelledBy, LocalDate rescheduledTo, String rescheduledBy,
                                 boolean sharedWithSafetyTeam, Instant sharedAt, String sharedBy, String recordedBy) {
}
