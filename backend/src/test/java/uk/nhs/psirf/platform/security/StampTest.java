package uk.nhs.psirf.platform.security;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Deadlines are UK calendar days: the request's date is read in Europe/London, not UTC. */
class StampTest {

    @Test
    void a_request_just_after_midnight_in_british_summer_time_is_already_the_next_uk_day() {
        Stamp stamp = new Stamp("sub", "Name", Instant.parse("2026-06-30T23:30:00Z"));
        assertEquals(LocalDate.of(2026, 7, 1), stamp.todayInUk());
    }

    @Test
    void in_winter_the_uk_day_is_the_utc_day() {
        Stamp stamp = new Stamp("sub", "Name", Instant.parse("2026-12-31T23:30:00Z"));
        assertEquals(LocalDate.of(2026, 12, 31), stamp.todayInUk());
    }
}
