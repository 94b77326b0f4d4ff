package uk.nhs.psirf.coaches.api;

/** A team, person or project the coach works with, as the feature holding the work tells it (no patient data). */
public record CoachWorkView(String kind, String id, String title, int minutesCoached, boolean active) {
}
