package uk.nhs.psirf.reporting.service;

/** What reporters are told in the app, in plain words; only their report's reference, never anyone's name. */
final class ReporterMessages {
    private ReporterMessages() {
    }

    static String learningShared(String reference) {
        return "What was learnt from your report " + reference + " has been shared with you.";
    }
}
