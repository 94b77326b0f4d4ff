package uk.nhs.psirf.reporting;

import uk.nhs.psirf.reporting.domain.PatientSafetyEvent;

/**
 * Tells a reporter, in the app, that something changed about their report; joins the caller's transaction.
 * Implemented by notifications, which keeps the messages, so that reporting and triage tell without depending on it.
 */
public interface ReporterNotifier {
    void tell(PatientSafetyEvent event, String message);
}
