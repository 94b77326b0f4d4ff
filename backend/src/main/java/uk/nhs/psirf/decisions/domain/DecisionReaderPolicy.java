package uk.nhs.psirf.decisions.domain;

import java.util.Optional;
import java.util.UUID;

/**
 * Who reads a decision (its events, minutes and rationale, which may identify people). The patient safety team and
 * the Chief Nurse read every decision. Anyone else reaches a decision only as the chair of its panel, signed in as
 * themself (policy §12.3: decisions are "approved by the Chair (a senior member of the panel)", who may be a service
 * representative or a subject matter expert with no patient safety role): they review what they approve. A panel
 * member who does not chair it, and everyone else, is refused.
 */
public final class DecisionReaderPolicy {
    private DecisionReaderPolicy() {
    }

    public static boolean mayRead(PanelDecision decision, Optional<UUID> callerPersonId, boolean readsEveryDecision) {
        return readsEveryDecision || ChairApprovalPolicy.isChair(decision, callerPersonId);
    }
}
