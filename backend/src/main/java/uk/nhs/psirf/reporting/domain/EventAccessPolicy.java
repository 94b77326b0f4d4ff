package uk.nhs.psirf.reporting.domain;

import uk.nhs.psirf.platform.security.Roles;

/**
 * Patient safety specialists and the Chief Nurse may open any event; the assigned lead of a learning response the
 * events of that response; anyone else only a report they made.
 */
public final class EventAccessPolicy {
    private EventAccessPolicy() {
    }

    public static boolean mayRead(Viewer viewer, PatientSafetyEvent event) {
        return viewer.hasAnyRole(Roles.IDENTIFIABLE_DATA_VIEWERS) || viewer.reported(event) || viewer.leadsAResponseOn(event);
    }
}
