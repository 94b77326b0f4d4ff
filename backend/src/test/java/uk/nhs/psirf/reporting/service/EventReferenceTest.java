package uk.nhs.psirf.reporting.service;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** "A report's reference is PSE-year-number, the number zero-padded to six digits and never cut short." */
class EventReferenceTest {

    @Test
    void theReferenceIsFormattedAsBefore() {
        for (long number : new long[] {1, 42, 99_999, 100_000, 999_999, 1_000_000, 123_456_789L}) {
            assertEquals("PSE-%d-%06d".formatted(2026, number), ReportingService.reference(2026, number));
        }
        assertEquals("PSE-2026-000042", ReportingService.reference(2026, 42));
        assertEquals("PSE-2027-1000000", ReportingService.reference(2027, 1_000_000));
    }
}
