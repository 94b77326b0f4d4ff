package uk.nhs.psirf.decisions.domain;

import uk.nhs.psirf.platform.error.ProblemCode;
import uk.nhs.psirf.platform.rules.Verdict;

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
    static final String NOT_THE_CHAIR = "Only the patient safety team, the Chief Nurse and the chair of its panel "
            + "read a decision";

    private DecisionReaderPolicy() {
    }

    /** A refusal is a per-record 403, audited, that says nothing about the decision. */
    public static Verdict mayRead(PanelDecision decision, Optional<UUID> callerPersonId, boolean readsEveryDecision) {
        return Verdict.allowedIf(readsEveryDecision || ChairApprovalPolicy.isChair(decision, callerPersonId),
                () -> Verdict.refused(ProblemCode.FORBIDDEN, NOT_THE_CHAIR));
    }
}
