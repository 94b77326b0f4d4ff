package uk.nhs.psirf.incident.service;

import jakarta.enterprise.context.ApplicationScoped;
import uk.nhs.psirf.incident.domain.ReporterKeys;
import uk.nhs.psirf.incident.domain.Viewer;
import uk.nhs.psirf.platform.security.CurrentUser;

/** The caller as the incident rules see them. */
@ApplicationScoped
public class CurrentViewer {
    private final CurrentUser currentUser;
    private final ReporterKeys reporterKeys;

    public CurrentViewer(CurrentUser currentUser, ReporterKeys reporterKeys) {
        this.currentUser = currentUser;
        this.reporterKeys = reporterKeys;
    }

    public Viewer get() {
        return new Viewer(currentUser.roles(), reporterKey());
    }

    public String reporterKey() {
        return reporterKeys.keyFor(currentUser.sub());
    }
}
