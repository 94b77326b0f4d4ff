package uk.nhs.psirf.platform.time;

import io.quarkus.arc.DefaultBean;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

import java.time.Clock;
import java.time.ZoneId;

/** One clock for the whole service so that tests can fix time; times are stored in UTC, shown in UK time. */
@ApplicationScoped
public class ClockProducer {
    public static final ZoneId UK = ZoneId.of("Europe/London");

    @Produces
    @DefaultBean
    @ApplicationScoped
    Clock clock() {
        return Clock.systemUTC();
    }
}
