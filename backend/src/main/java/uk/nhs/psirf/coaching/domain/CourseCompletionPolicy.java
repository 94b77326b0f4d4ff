package uk.nhs.psirf.coaching.domain;

import uk.nhs.psirf.platform.error.FieldError;
import uk.nhs.psirf.platform.error.FieldErrorCode;
import uk.nhs.psirf.platform.error.ProblemCode;
import uk.nhs.psirf.platform.rules.Verdict;

/**
 * The QI course (004_*): "attendance at 4 full training days across a period of 4 months. Separate to these training
 * days, the participant will also be involved in a minimum of 5 hours of individual coaching to support their project
 * work. A poster submission and presentation is required to complete the course." So a coachee on a QI course cannot
 * complete it with fewer than five hours of coaching recorded (cancelled sessions count nothing).
 */
public final class CourseCompletionPolicy {
    public static final int TRAINING_DAYS = 4;
    public static final int MINIMUM_MINUTES = 5 * 60;

    private CourseCompletionPolicy() {
    }

    public static Verdict mayComplete(boolean onQiCourse, int minutesCoached, int trainingDays, boolean poster,
                                      boolean presentation) {
        if (!onQiCourse) {
            return Verdict.conflict("completed", FieldErrorCode.NOT_ON_COURSE,
                    "The coachee is not on a QI course");
        }
        if (minutesCoached < MINIMUM_MINUTES) {
            return Verdict.conflict("completed", FieldErrorCode.TOO_FEW_HOURS, "The course needs at least 5 hours of "
                    + "individual coaching; " + Hours.of(minutesCoached) + " recorded");
        }
        if (trainingDays < TRAINING_DAYS) {
            return Verdict.refused(ProblemCode.CONFLICT, "The course is not complete", new FieldError(
                    "trainingDaysAttended", FieldErrorCode.COURSE_INCOMPLETE, "The course needs all 4 training days"));
        }
        return Verdict.allowedIf(poster && presentation, () -> Verdict.refused(ProblemCode.CONFLICT,
                "The course is not complete", new FieldError(poster ? "presentationGiven" : "posterSubmitted",
                        FieldErrorCode.COURSE_INCOMPLETE, "The course needs a poster and a presentation")));
    }
}
