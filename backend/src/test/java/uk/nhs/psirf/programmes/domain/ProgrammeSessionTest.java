package uk.nhs.psirf.programmes.domain;

import org.junit.jupiter.api.Test;
import uk.nhs.psirf.platform.security.Stamp;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Task: the training record shows "the programmes each person attended (programme, session date, hours)". */
class ProgrammeSessionTest {
    private static final Stamp IVY = new Stamp("ivy", "Ivy Advisor", Instant.parse("2026-12-02T10:00:00Z"));

    @Test
    void a_session_counts_for_its_length_in_hours() {
        assertEquals(new BigDecimal("3"), hours(LocalTime.of(9, 30), LocalTime.of(12, 30)));
        assertEquals(new BigDecimal("1.5"), hours(LocalTime.of(13, 0), LocalTime.of(14, 30)));
        assertEquals(new BigDecimal("0.75"), hours(LocalTime.of(13, 0), LocalTime.of(13, 45)));
        assertEquals(new BigDecimal("10"), hours(LocalTime.of(8, 0), LocalTime.of(18, 0)));
    }

    private static BigDecimal hours(LocalTime from, LocalTime to) {
        return ProgrammeSession.plan(UUID.randomUUID(), new SessionPlan(LocalDate.of(2026, 12, 2), from, to, "Room 2",
                false, "Ivy Advisor"), IVY).hours();
    }
}
