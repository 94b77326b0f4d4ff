package uk.nhs.psirf.coaches;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A QI coach as other features see them: enough to check, name and show them. {@code kind} is
 * {@code staff} or {@code lived-experience}; a coach is current while {@code endedOn} is empty or not yet reached.
 */
public record CoachBrief(UUID id, UUID personId, String name, String kind, Long directorateId,
                         LocalDate startedOn, LocalDate endedOn, boolean current) {
}
