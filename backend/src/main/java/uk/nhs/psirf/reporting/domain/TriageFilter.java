package uk.nhs.psirf.reporting.domain;

import java.time.Instant;
import java.util.Optional;

/** Filters of the triage queue; {@code occurredBefore} is exclusive (the day after "occurred to", UK time). */
public record TriageFilter(Optional<EventStatus> status, Optional<Integer> physicalHarm, Optional<String> categoryCode,
                           Optional<Instant> occurredFrom, Optional<Instant> occurredBefore) {
    public String describe() {
        StringBuilder text = new StringBuilder();
        status.ifPresent(s -> text.append("status=").append(s.code()).append(' '));
        physicalHarm.ifPresent(h -> text.append("physicalHarm=").append(h).append(' '));
        categoryCode.ifPresent(c -> text.append("category=").append(c).append(' '));
        occurredFrom.ifPresent(f -> text.append("occurredFrom=").append(f).append(' '));
        occurredBefore.ifPresent(t -> text.append("occurredBefore=").append(t).append(' '));
        return text.toString().trim();
    }
}
