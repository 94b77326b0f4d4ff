package uk.nhs.psirf.candour.domain;

import org.junit.jupiter.api.Test;

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
}
