package uk.nhs.psirf.reporting.domain;

import java.util.Set;
import java.util.UUID;

/**
 * The person looking at an event: their roles, their reporter key (to recognise their own reports) and the events
 * of the learning responses they are the assigned lead of.
 */
public record Viewer(Set<String> roles, String reporterKey, Set<UUID> eventsOfResponsesLed) {
    public Viewer(Set<String> roles, String reporterKey) {
        this(roles, reporterKey, Set.of());
    }

    public boolean hasAnyRole(Set<String> wanted) {
        return wanted.stream().anyMatch(roles::contains);
    }

    public boolean reported(PatientSafetyEvent event) {
        return reporterKey != null && reporterKey.equals(event.reporterKey());
    }

    public boolean leadsAResponseOn(PatientSafetyEvent event) {
        return eventsOfResponsesLed.contains(event.id());
    }
}
