package uk.nhs.psirf.decisions.domain;

import java.util.Optional;
import java.util.UUID;

/**
 * Policy §12.3: decisions are "approved by the Chair (a senior member of the panel)". The chair gives the approval
 * signed in as themself (their sign-in's e-mail address names their record in the people directory), or the Chief
 * Nurse gives it. Nobody else does, whatever their role. A decision recorded before the panel was chosen from the
 * directory has no chair's person: only the Chief Nurse approves it.
 */
public final class ChairApprovalPolicy {
    private ChairApprovalPolicy() {
    }

    public static boolean mayApproveAsChair(PanelDecision decision, Optional<UUID> callerPersonId,
                                            boolean callerIsChiefNurse) {
        if (callerIsChiefNurse) {
            return true;
        }
        return isChair(decision, callerPersonId);
    }

    /** Whether this person (the caller's record in the directory) chairs the decision's panel. */
    public static boolean isChair(PanelDecision decision, Optional<UUID> personId) {
        Optional<UUID> chair = decision.chair().flatMap(PanelMember::personId);
        return chair.isPresent() && personId.isPresent() && chair.get().equals(personId.get());
    }
}
