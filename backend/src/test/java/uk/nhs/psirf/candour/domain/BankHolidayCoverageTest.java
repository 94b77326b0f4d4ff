package uk.nhs.psirf.candour.domain;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * "When the bank-holiday data ends within 12 months, or a due date would fall beyond it, the system says so": a
 * year is known when it holds a bank holiday, and what is known runs from this year to the first year without one.
 */
class BankHolidayCoverageTest {
    private static final List<LocalDate> HELD_2026_TO_2027 = List.of(LocalDate.parse("2026-12-25"),
            LocalDate.parse("2027-01-01"), LocalDate.parse("2027-12-27"));

    @Test
    void bank_holidays_that_end_within_twelve_months_run_out_soon_and_say_so() {
        LocalDate today = LocalDate.parse("2027-01-15");
        BankHolidayCoverage coverage = BankHolidayCoverage.of(HELD_2026_TO_2027, today);
        assertEquals(LocalDate.parse("2027-12-31"), coverage.knownUntil());
        assertTrue(coverage.runsOutSoon());
        assertEquals("The bank holidays held end on 31 December 2027, within 12 months: candour due dates after that "
                + "count unknown bank holidays as working days. Upload the latest bank holidays from gov.uk.",
                coverage.warning(today));
    }

    @Test
    void bank_holidays_known_for_more_than_twelve_months_need_no_warning() {
        LocalDate today = LocalDate.parse("2026-12-02");
        BankHolidayCoverage coverage = BankHolidayCoverage.of(
                List.of(LocalDate.parse("2026-12-25"), LocalDate.parse("2027-12-27"), LocalDate.parse("2028-12-25")),
                today);
        assertEquals(LocalDate.parse("2028-12-31"), coverage.knownUntil());
        assertFalse(coverage.runsOutSoon());
        assertNull(coverage.warning(today));
        // It warns from the day 12 months before the first unknown day (1 January 2030 here).
        assertTrue(BankHolidayCoverage.of(List.of(LocalDate.parse("2028-12-25"), LocalDate.parse("2029-01-01")),
                LocalDate.parse("2029-01-01")).runsOutSoon());
        assertFalse(BankHolidayCoverage.of(List.of(LocalDate.parse("2028-12-25"), LocalDate.parse("2029-01-01")),
                LocalDate.parse("2028-12-31")).runsOutSoon());
    }

    @Test
    void a_year_without_bank_holidays_ends_what_is_known_even_when_later_years_are_held() {
        LocalDate today = LocalDate.parse("2026-12-02");
        BankHolidayCoverage coverage = BankHolidayCoverage.of(List.of(LocalDate.parse("2026-12-25"),
                LocalDate.parse("2028-12-25"), LocalDate.parse("2095-12-25")), today);
        assertEquals(LocalDate.parse("2026-12-31"), coverage.knownUntil());
        assertTrue(coverage.runsOutSoon());
    }

    @Test
    void bank_holidays_that_ended_before_this_year_say_they_ended() {
        LocalDate today = LocalDate.parse("2026-03-02");
        BankHolidayCoverage coverage = BankHolidayCoverage.of(List.of(LocalDate.parse("2025-12-25")), today);
        assertEquals(LocalDate.parse("2025-12-31"), coverage.knownUntil());
        assertTrue(coverage.warning(today).startsWith("The bank holidays held ended on 31 December 2025: "));
        assertTrue(BankHolidayCoverage.of(List.of(), today).runsOutSoon());
    }

    @Test
    void a_due_date_after_the_last_known_day_is_beyond_the_bank_holidays_and_says_so() {
        BankHolidayCoverage coverage = BankHolidayCoverage.of(HELD_2026_TO_2027, LocalDate.parse("2026-12-02"));
        assertFalse(coverage.isBeyond(LocalDate.parse("2027-12-31")));
        assertNull(coverage.dueDateWarning(LocalDate.parse("2027-12-31")));
        assertFalse(coverage.isBeyond(null));
        assertTrue(coverage.isBeyond(LocalDate.parse("2028-01-04")));
        assertEquals("This due date falls after 31 December 2027, the last day the bank holidays are known for, so a "
                + "bank holiday before it may not have been skipped. Upload the latest bank holidays from gov.uk.",
                coverage.dueDateWarning(LocalDate.parse("2028-01-04")));
    }
}
