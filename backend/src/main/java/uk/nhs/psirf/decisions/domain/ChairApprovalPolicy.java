package uk.nhs.psirf.decisions.domain;

import uk.nhs.psirf.platform.error.ProblemCode;
import uk.nhs.psirf.platform.rules.Verdict;

import java.util.Optional;
import java.util.UUID;

/**
 * Policy §12.3: decisions are "approved by the Chair (a senior member of the panel)". The chair gives the approval
 * signed in as themself (their sign-in's e-mail address names their record in the people directory), or the Chief
 * Nurse gives it. Nobody else does, whatever their role. A decision recorded before the panel was chosen from the
 * directory has no chair's person: only the Chief Nurse approves it.
 */
public final class ChairApprovalPolicy {
    static final String NOT_THE_CHAIR = "Only the chair of the panel, signed in as themself, or the Chief Nurse "
            + "approves a decision";

    private ChairApprovalPolicy() {
    }

    /** A refusal is a per-record 403: the caller's role reaches the operation, not this decision. */
    public static Verdict mayApproveAsChair(PanelDecision decision, Optional<UUID> callerPersonId,
                                            boolean callerIsChiefNurse) {
        return Verdict.allowedIf(callerIsChiefNurse || isChair(decision, callerPersonId),
                () -> Verdict.refused(ProblemCode.FORBIDDEN, NOT_THE_CHAIR));
    }

    /** Whether this person (the caller's record in the directory) chairs the decision's panel. */
    public static boolean isChair(PanelDecision decision, Optional<UUID> personId) {
        Optional<UUID> chair = decision.chair().flatMap(PanelMember::personId);
        return chair.isPresent() && personId.isPresent() && chair.get().equals(personId.get());
    }
}
