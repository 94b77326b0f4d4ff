package uk.nhs.psirf.reporting.domain;

import uk.nhs.psirf.reference.EventCategory;
import uk.nhs.psirf.reference.EventType;
import uk.nhs.psirf.reference.Location;

import java.time.Instant;
import java.util.List;

/** What the reporter told us, already checked against the policies and the reference data. */
public record EventFacts(EventType eventType, Instant occurredAt, Location location, EventCategory category,
                         int physicalHarm, int psychologicalHarm, String whatHappened, String immediateActions,
                         Patient patient, List<Staff> staffInvolved) {

    public record Staff(String name, String role, Integer staffType) {
    }
}
