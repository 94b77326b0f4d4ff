package uk.nhs.psirf.people.domain;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CompletionDatePolicyTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    @Test
    void training_cannot_be_recorded_as_completed_in_the_future() {
        assertFalse(CompletionDatePolicy.acceptable(TODAY.plusDays(1), TODAY));
        assertTrue(CompletionDatePolicy.acceptable(TODAY, TODAY));
        assertTrue(CompletionDatePolicy.acceptable(null, TODAY));
    }
}
