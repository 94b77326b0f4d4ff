package uk.nhs.psirf.reporting;

import uk.nhs.psirf.reporting.api.CaseLink;

import java.util.Optional;
import java.util.UUID;

/**
 * The case an event is grouped into, as its detail links to it. Cases belong to triage, which implements this, so
 * that reporting shows the link without depending on triage.
 */
public interface CaseLinks {
    Optional<CaseLink> of(UUID caseId);
}
