package uk.nhs.psirf.coaching.api;

/** A person of the directory a coach may name as the coachee or a team's contact: staff, never patients. */
public record CoacheeOption(String personId, String name, String jobRole) {
}
