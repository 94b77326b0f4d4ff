package uk.nhs.psirf.reporting.domain;

import uk.nhs.psirf.platform.security.Roles;

/**
 * Patient-identifiable data (patient name, NHS number, date of birth, address, free text, staff and reporter
 * names) is seen only by patient safety specialists, the Chief Nurse, the assigned lead of a learning response on
 * the event (their own responses only), and the reporter of their own report (recognised by reporter key, so this
 * holds for anonymous reports too). Everyone else gets a de-identified view.
 */
public final class IdentifiableDataPolicy {
    private IdentifiableDataPolicy() {
    }

    public static boolean maySeeIdentifiableData(Viewer viewer, PatientSafetyEvent event) {
        return viewer.hasAnyRole(Roles.IDENTIFIABLE_DATA_VIEWERS) || viewer.reported(event)
                || viewer.leadsAResponseOn(event);
    }

    /** In lists the free-text summary goes only to roles that may see identifiable data of any event. */
    public static boolean maySeeIdentifiableDataInLists(Viewer viewer) {
        return viewer.hasAnyRole(Roles.IDENTIFIABLE_DATA_VIEWERS);
    }
}
