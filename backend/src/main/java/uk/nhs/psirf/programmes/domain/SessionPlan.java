package uk.nhs.psirf.programmes.domain;

import java.time.LocalDate;
import java.time.LocalTime;

/** When and where a session is held, and who facilitates it; checked before it reaches a session. */
public record SessionPlan(LocalDate heldOn, LocalTime startsAt, LocalTime endsAt, String venue, boolean online,
                          String facilitator) {
}
