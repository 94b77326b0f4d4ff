package uk.nhs.psirf.platform.security;

import uk.nhs.psirf.platform.persistence.LastChange;
import uk.nhs.psirf.platform.time.ClockProducer;

import java.time.Instant;
import java.time.LocalDate;

/**
 * Who did something and when: the caller's {@code sub}, their display name and the time, as recorded on a change.
 * Made once per request ({@link Stamps}), so every row a request writes carries the same who and when.
 */
public record Stamp(String sub, String name, Instant at) {

    /** The {@code updated_by_*} / {@code updated_at} columns of a record this request changes. */
    public LastChange lastChange() {
        return LastChange.by(sub, name, at);
    }

    /**
     * The UK calendar date of this request (Europe/London, as {@link uk.nhs.psirf.platform.time.Times#todayInUk}):
     * deadlines, due dates and "overdue" are UK days, so a request just after midnight BST is already tomorrow.
     */
    public LocalDate todayInUk() {
        return at.atZone(ClockProducer.UK).toLocalDate();
    }
}
