package uk.nhs.psirf.decisions.persistence;

import uk.nhs.psirf.decisions.domain.DecisionStatus;

import java.util.UUID;

/** Each part null for "any". */
public record DecisionFilter(UUID eventId, UUID caseId, DecisionStatus status) {
    public String describe() {
        return ((eventId == null ? "" : " eventId=" + eventId) + (caseId == null ? "" : " caseId=" + caseId)
                + (status == null ? "" : " status=" + status.code())).trim();
    }
}
