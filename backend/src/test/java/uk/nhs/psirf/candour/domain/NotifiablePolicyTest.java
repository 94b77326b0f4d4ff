package uk.nhs.psirf.candour.domain;

import org.junit.jupiter.api.Test;
import uk.nhs.psirf.platform.error.FieldErrorCode;
import uk.nhs.psirf.platform.error.ProblemCode;
import uk.nhs.psirf.platform.rules.Verdict;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** "Notifiable: moderate, severe or fatal physical harm, or prolonged psychological harm." */
class NotifiablePolicyTest {
    @Test
    void moderate_severe_or_fatal_physical_harm_is_notifiable() {
        assertTrue(NotifiablePolicy.isNotifiable(3, false));
        assertTrue(NotifiablePolicy.isNotifiable(2, false));
        assertTrue(NotifiablePolicy.isNotifiable(1, false));
        assertFalse(NotifiablePolicy.isNotifiable(4, false));
        assertFalse(NotifiablePolicy.isNotifiable(5, false));
    }

    @Test
    void prolonged_psychological_harm_is_notifiable_whatever_the_physical_harm() {
        assertTrue(NotifiablePolicy.isNotifiable(5, true));
    }

    @Test
    void the_specialist_may_depart_from_the_harm_but_prolonged_psychological_harm_is_always_notifiable() {
        Verdict verdict = NotifiablePolicy.mayDecide(false, true);
        assertEquals(ProblemCode.VALIDATION_FAILED, verdict.code());
        assertEquals("notifiable", verdict.field());
        assertEquals(FieldErrorCode.CONTRADICTS_HARM, verdict.fieldCode());
        assertEquals("Prolonged psychological harm makes the event notifiable", verdict.reason());
        assertTrue(NotifiablePolicy.mayDecide(false, false).isAllowed());
        assertTrue(NotifiablePolicy.mayDecide(true, true).isAllowed());
    }
}
