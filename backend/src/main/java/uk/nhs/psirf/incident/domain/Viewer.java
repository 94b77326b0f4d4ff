package uk.nhs.psirf.incident.domain;

import java.util.Set;

/** The person looking at an event: their roles and their reporter key (to recognise their own reports). */
public record Viewer(Set<String> roles, String reporterKey) {
    public boolean hasAnyRole(Set<String> wanted) {
        return wanted.stream().anyMatch(roles::contains);
    }

    public boolean reported(PatientSafetyEvent event) {
        return reporterKey != null && reporterKey.equals(event.reporterKey());
    }
}
