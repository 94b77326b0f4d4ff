package uk.nhs.psirf.engagement.domain;

import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Appendix 4: "Keep to the agreed contact schedule, agree next date of contact". */
class ContactOverduePolicyTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T09:00:00Z"), ZoneId.of("Europe/London"));

    @Test
    void a_contact_overdue_by_one_day_is_flagged() {
        LocalDate today = LocalDate.now(CLOCK);
        assertTrue(ContactOverduePolicy.isOverdue(today.minusDays(1), today));
        assertFalse(ContactOverduePolicy.isOverdue(today, today), "due today is not yet overdue");
        assertFalse(ContactOverduePolicy.isOverdue(null, today), "no next contact agreed");
    }
}
