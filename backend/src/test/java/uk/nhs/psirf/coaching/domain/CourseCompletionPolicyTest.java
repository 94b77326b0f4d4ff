package uk.nhs.psirf.coaching.domain;

import org.junit.jupiter.api.Test;
import uk.nhs.psirf.platform.rules.Verdict;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * 004_*: "the participant will also be involved in a minimum of 5 hours of individual coaching to support their
 * project work. A poster submission and presentation is required to complete the course."
 */
class CourseCompletionPolicyTest {

    @Test
    void a_coachee_on_a_QI_course_cannot_complete_it_with_fewer_than_five_hours_of_coaching_recorded() {
        Verdict short_ = CourseCompletionPolicy.mayComplete(true, 299, 4, true, true);
        assertEquals(409, short_.code().status());
        assertEquals("completed", short_.field());
        assertEquals("too-few-hours", short_.fieldCode().value());
        assertEquals("The course needs at least 5 hours of individual coaching; 4 hours 59 minutes recorded",
                short_.reason());
        assertTrue(CourseCompletionPolicy.mayComplete(true, 300, 4, true, true).isAllowed());
    }

    @Test
    void the_course_also_needs_its_four_training_days_a_poster_and_a_presentation() {
        assertEquals("trainingDaysAttended", CourseCompletionPolicy.mayComplete(true, 300, 3, true, true).field());
        assertEquals("posterSubmitted", CourseCompletionPolicy.mayComplete(true, 300, 4, false, true).field());
        assertEquals("presentationGiven", CourseCompletionPolicy.mayComplete(true, 300, 4, true, false).field());
        assertEquals("course-incomplete", CourseCompletionPolicy.mayComplete(true, 300, 4, true, false).fieldCode().value());
    }

    @Test
    void a_coachee_not_on_a_course_has_no_course_to_complete() {
        assertEquals("not-on-course", CourseCompletionPolicy.mayComplete(false, 600, 4, true, true).fieldCode().value());
    }
}
