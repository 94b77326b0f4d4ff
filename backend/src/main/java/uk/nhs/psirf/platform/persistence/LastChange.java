package uk.nhs.psirf.platform.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.time.Instant;

/**
 * Who last changed a record, and when: the {@code updated_by_sub}, {@code updated_by_name} and {@code updated_at}
 * columns that many tables share. Immutable; a change replaces it.
 */
@Embeddable
public record LastChange(@Column(name = "updated_by_sub", nullable = false, length = 100) String bySub,
                         @Column(name = "updated_by_name", length = 200) String byName,
                         @Column(name = "updated_at", nullable = false) Instant at) {

    public static LastChange by(String sub, String name, Instant at) {
        return new LastChange(sub, name, at);
    }
}
