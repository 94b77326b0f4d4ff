package uk.nhs.psirf.reporting.service;

import uk.nhs.psirf.reporting.api.CaseLink;
import uk.nhs.psirf.reporting.api.EventLink;

/** What an event points at during triage: the original it duplicates and the case it is in. */
public record EventLinks(EventLink duplicateOf, CaseLink triageCase) {
    public static final EventLinks NONE = new EventLinks(null, null);
}
