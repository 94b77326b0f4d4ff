package uk.nhs.psirf.responseplan.domain;

import java.time.LocalDate;

/** The dates a plan covers, both inclusive. */
public record PlanPeriod(LocalDate from, LocalDate to) {
    public boolean endsBeforeItStarts() {
        return to.isBefore(from);
    }

    public boolean overlaps(PlanPeriod other) {
        return !to.isBefore(other.from) && !other.to.isBefore(from);
    }

    public boolean contains(LocalDate date) {
        return !date.isBefore(from) && !date.isAfter(to);
    }
}
