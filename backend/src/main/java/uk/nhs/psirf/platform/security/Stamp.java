package uk.nhs.psirf.platform.security;

import uk.nhs.psirf.platform.persistence.LastChange;

import java.time.Instant;

/**
 * Who did something and when: the caller's {@code sub}, their display name and the time, as recorded on a change.
 * Made once per request ({@link Stamps}), so every row a request writes carries the same who and when.
 */
public record Stamp(String sub, String name, Instant at) {

    /** The {@code updated_by_*} / {@code updated_at} columns of a record this request changes. */
    public LastChange lastChange() {
        return LastChange.by(sub, name, at);
    }
}
