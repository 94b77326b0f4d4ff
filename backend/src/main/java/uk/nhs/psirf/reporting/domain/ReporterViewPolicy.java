package uk.nhs.psirf.reporting.domain;

import uk.nhs.psirf.platform.security.Roles;

/**
 * A reporter reading their own report sees what they wrote and what they are told (status, outcome, learning), but
 * nothing the team wrote or linked during triage: notes and names of the team, the case, the report it duplicates.
 * Those may name other people or point at other people's reports.
 */
public final class ReporterViewPolicy {
    private ReporterViewPolicy() {
    }

    public static boolean seesOnlyAsReporter(Viewer viewer, PatientSafetyEvent event) {
        return viewer.reported(event) && !viewer.hasAnyRole(Roles.IDENTIFIABLE_DATA_VIEWERS);
    }
}
