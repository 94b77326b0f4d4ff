package uk.nhs.psirf.programmes.api;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.time.LocalDate;
import java.util.UUID;

/** A session the caller is booked on (or has attended): for "Your next sessions" and their own attendance. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record MySessionView(UUID sessionId, UUID programmeId, String programmeTitle, LocalDate heldOn,
                            String startsAt, String endsAt, String venue, boolean online, String status) {
}
