package uk.nhs.psirf.safetyactions;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

/**
 * The safety actions feature's front door for the features above it: the actions an improvement plan gathers. Never
 * the feature's repository or tables; in the caller's transaction.
 */
public interface SafetyActions {
    /** The actions of these improvement plans, soonest due first (undated last), then by reference. */
    List<PlannedAction> ofPlans(Collection<UUID> planIds);
}
