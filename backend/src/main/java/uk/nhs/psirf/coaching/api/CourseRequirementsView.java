package uk.nhs.psirf.coaching.api;

/** What the QI course asks of a coachee (004_*). */
public record CourseRequirementsView(int trainingDays, int months, int minimumCoachingMinutes, String text) {
}
