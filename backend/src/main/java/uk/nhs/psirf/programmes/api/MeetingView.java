package uk.nhs.psirf.programmes.api;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record MeetingView(UUID id, String kind, LocalDate heldOn, String theme, String facilitator, String notes,
                          String recordedBy, Instant recordedAt, List<NoteView> addedNotes) {
}
