package uk.nhs.psirf.reporting.service;

import jakarta.enterprise.context.ApplicationScoped;
import uk.nhs.psirf.reporting.ResponsesLed;
import uk.nhs.psirf.reporting.domain.ReporterKeys;
import uk.nhs.psirf.reporting.domain.Viewer;
import uk.nhs.psirf.platform.security.CurrentUser;

/** The caller as the incident rules see them. */
@ApplicationScoped
public class CurrentViewer {
    private final CurrentUser currentUser;
    private final ReporterKeys reporterKeys;
    private final ResponsesLed responsesLed;

    public CurrentViewer(CurrentUser currentUser, ReporterKeys reporterKeys, ResponsesLed responsesLed) {
        this.currentUser = currentUser;
        this.reporterKeys = reporterKeys;
        this.responsesLed = responsesLed;
    }

    public Viewer get() {
        return new Viewer(currentUser.roles(), reporterKey(), responsesLed.eventsOfCallersResponses());
    }

    public String reporterKey() {
        return reporterKeys.keyFor(currentUser.sub());
    }
}
