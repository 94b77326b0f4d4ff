package uk.nhs.psirf.people.api;

/** Learning responses a person led or was a team member of, by the year (UK time) each response was created. */
public record YearCount(int year, long count) {
}
