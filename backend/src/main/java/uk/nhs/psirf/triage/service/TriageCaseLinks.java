package uk.nhs.psirf.triage.service;

import jakarta.enterprise.context.ApplicationScoped;
import uk.nhs.psirf.reporting.CaseLinks;
import uk.nhs.psirf.reporting.api.CaseLink;
import uk.nhs.psirf.triage.persistence.TriageCaseRepository;

import java.util.Optional;
import java.util.UUID;

/** The link from an event's detail to the case it is in, for reporting, which shows events but knows no cases. */
@ApplicationScoped
public class TriageCaseLinks implements CaseLinks {
    private final TriageCaseRepository cases;

    public TriageCaseLinks(TriageCaseRepository cases) {
        this.cases = cases;
    }

    @Override
    public Optional<CaseLink> of(UUID caseId) {
        return cases.find(caseId).map(c -> new CaseLink(c.id(), c.reference(), c.title()));
    }
}
