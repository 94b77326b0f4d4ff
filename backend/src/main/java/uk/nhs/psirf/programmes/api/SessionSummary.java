package uk.nhs.psirf.programmes.api;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A session as a programme lists it; {@code yourAttendance} is the caller's place on its register, if any. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SessionSummary(String id, LocalDate heldOn, String startsAt, String endsAt, String venue, boolean online,
                             String facilitator, BigDecimal hours, String yourAttendance) {
}
