package uk.nhs.psirf.responses.domain;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** "A pause (e.g. requested by police) stops the clock": the target and the six-month limit move on. */
class TimeframeTest {
    private static final LocalDate STARTED = LocalDate.of(2026, 11, 1);
    private static final LocalDate TARGET = LocalDate.of(2027, 2, 1);

    @Test
    void the_clock_stops_while_a_response_is_paused() {
        List<Pause> pauses = List.of(new Pause(LocalDate.of(2026, 11, 10), "Police", LocalDate.of(2026, 11, 20)),
                new Pause(LocalDate.of(2026, 12, 1), "Police again", null));
        Timeframe timeframe = Timeframe.of(STARTED, TARGET, TARGET, pauses, LocalDate.of(2026, 12, 6), false);
        assertEquals(15, timeframe.pausedDays());
        assertEquals(LocalDate.of(2027, 2, 16), timeframe.targetOn());
        assertEquals(LocalDate.of(2027, 5, 16), timeframe.latestAllowedOn());
        assertEquals(TARGET, timeframe.activeDate(LocalDate.of(2027, 2, 16)));
    }
}
