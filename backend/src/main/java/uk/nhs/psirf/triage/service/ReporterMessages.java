package uk.nhs.psirf.triage.service;

import uk.nhs.psirf.reporting.domain.EventStatus;

/** What reporters are told in the app about triage, in plain words; only their report's reference, never a name. */
final class ReporterMessages {
    private ReporterMessages() {
    }

    static String statusChanged(String reference, EventStatus status) {
        return switch (status) {
            case SUBMITTED -> "Your report " + reference + " is waiting to be reviewed by the patient safety team.";
            case IN_TRIAGE -> "Your report " + reference + " is being reviewed by the patient safety team.";
            case DECIDED -> "A decision has been made on your report " + reference + ".";
            case CLOSED -> "Your report " + reference + " has been closed.";
        };
    }

    static String closedAsDuplicate(String reference) {
        return "Your report " + reference + " has been closed because the same event had already been reported; "
                + "the review continues under that report.";
    }
}
