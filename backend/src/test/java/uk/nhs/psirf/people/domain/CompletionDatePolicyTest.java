package uk.nhs.psirf.people.domain;

import org.junit.jupiter.api.Test;
import uk.nhs.psirf.platform.error.FieldErrorCode;
import uk.nhs.psirf.platform.error.ProblemCode;
import uk.nhs.psirf.platform.rules.Verdict;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** "Training and CPD are recorded once done: a completion date may be today or earlier, never later." */
class CompletionDatePolicyTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    @Test
    void training_cannot_be_recorded_as_completed_in_the_future() {
        Verdict tomorrow = CompletionDatePolicy.acceptable("training[0].completedOn", TODAY.plusDays(1), TODAY);
        assertEquals(ProblemCode.VALIDATION_FAILED, tomorrow.code());
        assertEquals("training[0].completedOn", tomorrow.field());
        assertEquals(FieldErrorCode.IN_THE_FUTURE, tomorrow.fieldCode());
        assertEquals("The date must be today or in the past", tomorrow.reason());
        assertTrue(CompletionDatePolicy.acceptable("completedOn", TODAY, TODAY).isAllowed());
        assertTrue(CompletionDatePolicy.acceptable("completedOn", null, TODAY).isAllowed());
    }
}
