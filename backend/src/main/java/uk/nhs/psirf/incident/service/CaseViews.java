package uk.nhs.psirf.incident.service;

import jakarta.enterprise.context.ApplicationScoped;
import uk.nhs.psirf.incident.api.CaseSummary;
import uk.nhs.psirf.incident.api.CaseView;
import uk.nhs.psirf.incident.domain.PatientSafetyEvent;
import uk.nhs.psirf.incident.domain.TriageCase;
import uk.nhs.psirf.incident.domain.Viewer;

import java.util.List;

/** Cases as the patient safety team sees them: events as triage-list rows. */
@ApplicationScoped
public class CaseViews {
    private final EventViews eventViews;

    public CaseViews(EventViews eventViews) {
        this.eventViews = eventViews;
    }

    public CaseView detail(TriageCase triageCase, List<PatientSafetyEvent> events, Viewer viewer) {
        return new CaseView(triageCase.id(), triageCase.reference(), triageCase.version(), triageCase.title(),
                triageCase.theme(), eventViews.summaries(events, viewer, false), triageCase.decided(),
                triageCase.createdByName() == null ? "Patient safety team" : triageCase.createdByName(),
                triageCase.createdAt());
    }

    public CaseSummary summary(TriageCase triageCase, int eventCount) {
        return new CaseSummary(triageCase.id(), triageCase.reference(), triageCase.title(), triageCase.theme(),
                eventCount, triageCase.decided(), triageCase.createdAt());
    }
}
