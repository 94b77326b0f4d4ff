package uk.nhs.psirf.investigation.service;

import uk.nhs.psirf.investigation.api.InvestigationView;
import uk.nhs.psirf.investigation.api.InvestigationView.AccountView;
import uk.nhs.psirf.investigation.api.InvestigationView.AffectedInputView;
import uk.nhs.psirf.investigation.api.InvestigationView.ChronologyEntryView;
import uk.nhs.psirf.investigation.api.InvestigationView.FactorView;
import uk.nhs.psirf.investigation.api.InvestigationView.SharingView;
import uk.nhs.psirf.investigation.api.InvestigationView.SignOffView;
import uk.nhs.psirf.investigation.domain.ClosurePolicy;
import uk.nhs.psirf.investigation.domain.Investigation;
import uk.nhs.psirf.investigation.domain.OpenStep;
import uk.nhs.psirf.responses.domain.LearningResponse;

import java.util.List;

final class InvestigationViews {
    private InvestigationViews() {
    }

    static InvestigationView view(LearningResponse r, Investigation i, List<OpenStep> openSteps) {
        SignOffView signOff = i.overseerPersonId().map(id -> new SignOffView(id, i.overseerName(), i.signedOffOn(),
                i.signOffComment())).orElse(null);
        return new InvestigationView(r.id(), r.reference(), r.type().display(), r.version(), r.status(),
                r.closedAt(), i.version(), i.termsOfReference(),
                i.affectedInput().stream().map(a -> new AffectedInputView(a.who(), a.declined(), a.summary()))
                        .toList(),
                i.chronology().stream().map(e -> new ChronologyEntryView(e.entryId(), e.occurredAt(), e.what(),
                        e.source())).toList(),
                i.accounts().stream().map(a -> new AccountView(a.role(), a.name(), a.takenOn(), a.account()))
                        .toList(),
                i.factors().stream().map(f -> new FactorView(f.category(), f.category().display(), f.description(),
                        f.chronologyEntryId())).toList(),
                i.findings(), i.areasForImprovement(),
                i.draftSharings().stream().map(s -> new SharingView(s.name(), s.relationship(), s.sharedOn(),
                        s.comments())).toList(),
                i.draftNotSharedReason(), i.reportSummary(), signOff, ClosurePolicy.hasFinalReport(i), openSteps,
                i.lastChange().byName(), i.lastChange().at());
    }
}
