package uk.nhs.psirf.candour.domain;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** "The written notification is due within 10 working days of the verbal one" (policy §6). */
class WrittenNotificationDeadlineTest {
    /** The England and Wales bank holidays of the seed (gov.uk) around Christmas 2026 and Easter 2025. */
    private static final Set<LocalDate> BANK_HOLIDAYS = Stream.of("2025-04-18", "2025-04-21", "2025-05-05",
            "2026-12-25", "2026-12-28", "2027-01-01").map(LocalDate::parse).collect(Collectors.toSet());

    @Test
    void the_written_candour_notification_is_due_ten_working_days_after_the_verbal_one_skipping_bank_holidays() {
        // Friday 18 December 2026: Christmas Day, Boxing Day (substitute, Monday 28th), New Year's Day and three
        // weekends fall in between, so the tenth working day is Wednesday 6 January 2027.
        assertEquals(LocalDate.parse("2027-01-06"),
                WrittenNotificationDeadline.dueOn(LocalDate.parse("2026-12-18"), BANK_HOLIDAYS));
        // Maundy Thursday 2025: Good Friday, Easter Monday and the early May bank holiday are skipped.
        assertEquals(LocalDate.parse("2025-05-06"),
                WrittenNotificationDeadline.dueOn(LocalDate.parse("2025-04-17"), BANK_HOLIDAYS));
    }

    @Test
    void without_bank_holidays_ten_working_days_are_two_calendar_weeks() {
        assertEquals(LocalDate.parse("2026-11-23"),
                WrittenNotificationDeadline.dueOn(LocalDate.parse("2026-11-09"), Set.of()));
    }
}
