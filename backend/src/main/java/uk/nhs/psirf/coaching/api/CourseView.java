package uk.nhs.psirf.coaching.api;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.time.LocalDate;

/** The QI course's requirements tracked on a contract; {@code minutesCoached} counts the held sessions. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CourseView(int trainingDaysAttended, boolean posterSubmitted, boolean presentationGiven,
                         LocalDate completedOn, int minutesCoached, int minimumCoachingMinutes) {
}
