package uk.nhs.psirf.responses.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/** A stop of the clock, e.g. requested by the police; open until it is resumed. */
@Embeddable
public record Pause(@Column(name = "started_on", nullable = false) LocalDate startedOn,
                    @Column(name = "reason", nullable = false, length = 2000) String reason,
                    @Column(name = "resumed_on") LocalDate resumedOn) {

    public boolean open() {
        return resumedOn == null;
    }

    public Pause resumed(LocalDate on) {
        return new Pause(startedOn, reason, on);
    }

    /** Days the clock stood still up to {@code today} (an open pause counts until today). */
    public long days(LocalDate today) {
        LocalDate end = open() ? today : resumedOn;
        return Math.max(0, ChronoUnit.DAYS.between(startedOn, end));
    }
}
