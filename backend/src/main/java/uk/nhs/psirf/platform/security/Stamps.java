package uk.nhs.psirf.platform.security;

import jakarta.enterprise.context.RequestScoped;
import uk.nhs.psirf.platform.time.Times;

import java.time.Clock;

/** Makes the request's {@link Stamp} once, from the caller and the service's clock, the first time it is asked. */
@RequestScoped
public class Stamps {
    private final CurrentUser currentUser;
    private final Clock clock;
    private Stamp stamp;

    public Stamps(CurrentUser currentUser, Clock clock) {
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** The caller and the time of this request; the same value however often it is asked. */
    public Stamp current() {
        if (stamp == null) {
            stamp = new Stamp(currentUser.sub(), currentUser.name(), Times.now(clock));
        }
        return stamp;
    }
}
