package uk.nhs.psirf.incident.service;

import uk.nhs.psirf.incident.domain.EventStatus;

/** What reporters are told in the app, in plain words; only their report's reference, never anyone's name. */
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

    static String learningShared(String reference) {
        return "What was learnt from your report " + reference + " has been shared with you.";
    }
}
