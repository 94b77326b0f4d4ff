package uk.nhs.psirf.programmes.api;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * One session. The register ({@code attendees}) is shown only to those who keep the programmes; everyone else sees
 * their own place on it ({@code yourAttendance}).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SessionView(UUID id, long version, UUID programmeId, String programmeTitle, LocalDate heldOn,
                          String startsAt, String endsAt, String venue, boolean online, String facilitator,
                          BigDecimal hours, boolean held, String yourAttendance, List<AttendeeView> attendees,
                          boolean mayKeep) {
}
