package uk.nhs.psirf.safetyactions;

import java.util.Collection;
import java.util.Map;
import java.util.UUID;

/**
 * The safety actions feature's front door for the features above it (QI projects that deliver an action): an action's
 * reference and status only, never its title or description, which may carry incident detail.
 */
public interface SafetyActions {
    /** Reference and status of the actions with these ids; ids that name no action (and nulls) are missing. */
    Map<UUID, SafetyActionBrief> briefs(Collection<UUID> actionIds);
}
