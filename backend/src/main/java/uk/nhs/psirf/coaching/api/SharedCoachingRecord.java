package uk.nhs.psirf.coaching.api;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A coaching record a coach shared with the patient safety team: the session's notes, and who coached whom. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SharedCoachingRecord(UUID id, UUID contractId, String title, List<String> coaches, LocalDate heldOn,
                                   String mode, String topic, String issuesArising, List<ActionView> actions,
                                   LocalDate nextMeetingOn, Instant sharedAt, String sharedBy) {
}
