package uk.nhs.psirf.decision.persistence;

import uk.nhs.psirf.decision.domain.DecisionStatus;

import java.util.UUID;

/** Each part null for "any". */
public record DecisionFilter(UUID eventId, UUID caseId, DecisionStatus status) {
    public String describe() {
        return ((eventId == null ? "" : " eventId=" + eventId) + (caseId == null ? "" : " caseId=" + caseId)
                + (status == null ? "" : " status=" + status.code())).trim();
    }
}
