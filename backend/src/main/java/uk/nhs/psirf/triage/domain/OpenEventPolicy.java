package uk.nhs.psirf.triage.domain;

import uk.nhs.psirf.reporting.domain.EventStatus;
import uk.nhs.psirf.reporting.domain.PatientSafetyEvent;

/**
 * An event is open for triage work (grouping into a case, marking as a duplicate) until it is closed, decided or
 * found to be a duplicate: after that its record of what was decided must not shift under it.
 */
public final class OpenEventPolicy {
    private OpenEventPolicy() {
    }

    public static boolean isOpen(PatientSafetyEvent event) {
        return event.status() != EventStatus.CLOSED && event.status() != EventStatus.DECIDED
                && event.duplicateOfId() == null && event.decidedAt() == null;
    }
}
