package uk.nhs.psirf.triage.service;

import jakarta.enterprise.context.ApplicationScoped;
import uk.nhs.psirf.reporting.Events;
import uk.nhs.psirf.reporting.domain.PatientSafetyEvent;
import uk.nhs.psirf.triage.api.CaseSummary;
import uk.nhs.psirf.triage.api.CaseView;
import uk.nhs.psirf.triage.domain.TriageCase;

import java.util.List;

/** Cases as the patient safety team sees them: events as triage-list rows. */
@ApplicationScoped
public class CaseViews {
    private final Events events;

    public CaseViews(Events events) {
        this.events = events;
    }

    public CaseView detail(TriageCase triageCase, List<PatientSafetyEvent> caseEvents) {
        return new CaseView(triageCase.id(), triageCase.reference(), triageCase.version(), triageCase.title(),
                triageCase.theme(), events.summaries(caseEvents), triageCase.decided(),
                triageCase.createdByName() == null ? "Patient safety team" : triageCase.createdByName(),
                triageCase.createdAt());
    }

    public CaseSummary summary(TriageCase triageCase, int eventCount) {
        return new CaseSummary(triageCase.id(), triageCase.reference(), triageCase.title(), triageCase.theme(),
                eventCount, triageCase.decided(), triageCase.createdAt());
    }
}
