package uk.nhs.psirf.reporting.domain;

import uk.nhs.psirf.platform.error.ProblemCode;
import uk.nhs.psirf.platform.rules.Verdict;
import uk.nhs.psirf.platform.security.Roles;

/**
 * Patient safety specialists and the Chief Nurse may open any event; the assigned lead of a learning response the
 * events of that response; anyone else only a report they made.
 */
public final class EventAccessPolicy {
    static final String NOT_YOURS = "Only the patient safety team, the Chief Nurse, the lead of a learning response on "
            + "the event and its reporter may open an event";

    private EventAccessPolicy() {
    }

    /** Whether the viewer may open {@code event} (null when no event has the id, which they may not open either). */
    public static Verdict mayRead(Viewer viewer, PatientSafetyEvent event) {
        return Verdict.allowedIf(event != null && (viewer.hasAnyRole(Roles.IDENTIFIABLE_DATA_VIEWERS)
                        || viewer.reported(event) || viewer.leadsAResponseOn(event)),
                () -> Verdict.refused(ProblemCode.FORBIDDEN, NOT_YOURS));
    }
}
