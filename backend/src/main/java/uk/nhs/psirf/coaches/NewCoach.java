package uk.nhs.psirf.coaches;

import java.time.LocalDate;
import java.util.UUID;

/** What enrols a person on the coach register: who, which kind of coach ({@code staff} or {@code lived-experience}),
 * the directorate they coach in, and from when. */
public record NewCoach(UUID personId, String kind, Long directorateId, LocalDate startedOn) {
}
