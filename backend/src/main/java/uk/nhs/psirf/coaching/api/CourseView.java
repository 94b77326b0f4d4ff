package uk.nhs.psirf.coaching.api;

import java.time.LocalDate;

/** The QI course's requirements tracked on a contract; {@code minutesCoached} counts the held sessions. */
public record CourseView(int trainingDaysAttended, boolean posterSubmitted, boolean presentationGiven,
                         LocalDate completedOn, int minutesCoached, int minimumCoachingMinutes) {
}
