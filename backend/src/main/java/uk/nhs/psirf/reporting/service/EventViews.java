package uk.nhs.psirf.reporting.service;

import jakarta.enterprise.context.ApplicationScoped;
import uk.nhs.psirf.reference.Code;
import uk.nhs.psirf.reference.Lfpse;
import uk.nhs.psirf.reporting.api.EventDetail;
import uk.nhs.psirf.reporting.api.EventSummary;
import uk.nhs.psirf.reporting.api.PatientDetails;
import uk.nhs.psirf.reporting.api.ReportOutcome;
import uk.nhs.psirf.reporting.api.StaffInvolved;
import uk.nhs.psirf.reporting.api.StatusChangeView;
import uk.nhs.psirf.reporting.domain.IdentifiableDataPolicy;
import uk.nhs.psirf.reporting.domain.Patient;
import uk.nhs.psirf.reporting.domain.PatientSafetyEvent;
import uk.nhs.psirf.reporting.domain.ReporterViewPolicy;
import uk.nhs.psirf.reporting.domain.StatusChange;
import uk.nhs.psirf.reporting.domain.Viewer;

import java.util.List;

/** Builds what a viewer may see of an event: the full record or the de-identified view. */
@ApplicationScoped
public class EventViews {
    static final int SUMMARY_LENGTH = 200;
    private static final String ANONYMOUS_REPORTER = "Anonymous reporter";
    private static final String PATIENT_SAFETY_TEAM = "Patient safety team";

    public EventDetail detail(PatientSafetyEvent event, Viewer viewer) {
        return detail(event, viewer, EventLinks.NONE);
    }

    /** The event with its links; a reporter reading their own report sees neither the links nor the team's notes. */
    public EventDetail detail(PatientSafetyEvent event, Viewer viewer, EventLinks links) {
        boolean identifiable = IdentifiableDataPolicy.maySeeIdentifiableData(viewer, event);
        boolean reporterOnly = ReporterViewPolicy.seesOnlyAsReporter(viewer, event);
        return new EventDetail(event.id(), event.reference(), event.version(), event.status(), event.reportedAt(),
                event.occurredAt(), event.eventType(), event.category().view(), physicalHarm(event),
                psychologicalHarm(event), event.location().view(), event.anonymous(), identifiable,
                identifiable && !event.anonymous() ? event.reporterName() : null,
                identifiable ? event.whatHappened() : null,
                identifiable ? event.immediateActions() : null,
                event.patientInvolved(),
                patient(event.patient(), identifiable),
                event.staffInvolved().stream()
                        .map(s -> new StaffInvolved(identifiable ? s.name() : null, s.role(), s.staffType()))
                        .toList(),
                event.history().stream()
                        .map(change -> statusChange(change, event, identifiable, reporterOnly)).toList(),
                reporterOnly ? null : links.duplicateOf(),
                reporterOnly ? null : links.triageCase(),
                outcome(event));
    }

    public EventSummary summary(PatientSafetyEvent event, boolean withFreeText) {
        return summary(event, withFreeText, false);
    }

    private EventSummary summary(PatientSafetyEvent event, boolean withFreeText, boolean withOutcome) {
        return new EventSummary(event.id(), event.reference(), event.status(), event.reportedAt(), event.occurredAt(),
                event.eventType(), event.category().view(), physicalHarm(event), psychologicalHarm(event),
                event.location().view(), event.patientInvolved(),
                withFreeText ? abbreviate(event.whatHappened()) : null,
                withOutcome ? outcome(event) : null);
    }

    /** Rows of a list; the reporter's own list also says what was decided and learnt. */
    public List<EventSummary> summaries(List<PatientSafetyEvent> events, Viewer viewer, boolean ownReports) {
        boolean withFreeText = ownReports || IdentifiableDataPolicy.maySeeIdentifiableDataInLists(viewer);
        return events.stream().map(e -> summary(e, withFreeText, ownReports)).toList();
    }

    /** What the reporter is told: the response decided and the learning shared; absent while there is neither. */
    static ReportOutcome outcome(PatientSafetyEvent event) {
        var responseType = event.outcomeResponseType().orElse(null);
        if (responseType == null && event.decidedAt() == null && event.learning() == null
                && event.learningSharedAt() == null) {
            return null;
        }
        return new ReportOutcome(responseType, responseType == null ? null : responseType.display(),
                event.decidedAt(), event.learning(), event.learningSharedAt());
    }

    static Code physicalHarm(PatientSafetyEvent event) {
        return Lfpse.PHYSICAL_HARM.code(event.physicalHarm()).orElseThrow();
    }

    static Code psychologicalHarm(PatientSafetyEvent event) {
        return Lfpse.PSYCHOLOGICAL_HARM.code(event.psychologicalHarm()).orElseThrow();
    }

    private static PatientDetails patient(Patient patient, boolean identifiable) {
        if (patient == null) {
            return null;
        }
        PatientDetails details = identifiable
                ? new PatientDetails(patient.name(), patient.nhsNumber(), patient.dateOfBirth(), patient.address(),
                patient.ageBracket(), patient.gender(), patient.ethnicity())
                : new PatientDetails(null, null, null, null, patient.ageBracket(), patient.gender(), patient.ethnicity());
        return details.hasNoDetails() ? null : details;
    }

    /**
     * The reporter of an anonymous report is never named, not even to the patient safety team. A reporter reading
     * their own report sees the team as "Patient safety team" and none of its notes.
     */
    private static StatusChangeView statusChange(StatusChange change, PatientSafetyEvent event, boolean identifiable,
                                                 boolean reporterOnly) {
        boolean byReporter = change.bySub() == null || change.bySub().equals(event.reporterSub());
        if (reporterOnly && !byReporter) {
            return new StatusChangeView(change.at(), change.status(), PATIENT_SAFETY_TEAM, null);
        }
        String by;
        if (byReporter && event.anonymous()) {
            by = ANONYMOUS_REPORTER;
        } else if (identifiable && change.byName() != null) {
            by = change.byName();
        } else {
            by = byReporter ? "Reporter" : PATIENT_SAFETY_TEAM;
        }
        return new StatusChangeView(change.at(), change.status(), by, identifiable ? change.note() : null);
    }

    private static String abbreviate(String text) {
        if (text == null || text.length() <= SUMMARY_LENGTH) {
            return text;
        }
        return text.substring(0, SUMMARY_LENGTH - 1) + "…";
    }
}
