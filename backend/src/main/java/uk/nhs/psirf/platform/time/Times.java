package uk.nhs.psirf.platform.time;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

public final class Times {
    private Times() {
    }

    /** PostgreSQL keeps microseconds; truncating here makes a saved value equal to what is read back. */
    public static Instant now(Clock clock) {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    /** Today's date in the UK: deadlines, review dates and "overdue" are UK calendar days, not UTC ones. */
    public static LocalDate todayInUk(Clock clock) {
        return clock.instant().atZone(ClockProducer.UK).toLocalDate();
    }
}
