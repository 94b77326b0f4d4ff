package uk.nhs.psirf.safetyactions;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The safety actions feature's front door for the features above it: the actions an improvement plan gathers, and
 * the reference and status of actions a QI project delivers. Never the feature's repository or tables; in the
 * caller's transaction.
 */
public interface SafetyActions {
    /** The actions of these improvement plans, soonest due first (undated last), then by reference. */
    List<PlannedAction> ofPlans(Collection<UUID> planIds);

    /**
     * Reference and status of the actions with these ids, never their title or description, which may carry incident
     * detail (for QI projects); ids that name no action (and nulls) are missing.
     */
    Map<UUID, SafetyActionBrief> briefs(Collection<UUID> actionIds);
}
