package uk.nhs.psirf.partners.domain;

import java.time.LocalDate;

/** A supervision session is recorded once it has happened; the next one agreed is after it. */
public final class SessionDatesPolicy {
    private SessionDatesPolicy() {
    }

    public static boolean hasHappened(LocalDate heldOn, LocalDate today) {
        return !heldOn.isAfter(today);
    }

    public static boolean nextIsAfter(LocalDate heldOn, LocalDate nextSessionOn) {
        return nextSessionOn == null || nextSessionOn.isAfter(heldOn);
    }
}
